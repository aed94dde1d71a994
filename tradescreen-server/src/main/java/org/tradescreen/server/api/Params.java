package org.tradescreen.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.model.Dates;

/**
 * Reads query parameters as real clients send them: an empty value is the same as none, and a list may
 * come as repeated parameters or comma-separated, in any case, with or without spaces. A value that cannot
 * be read is a {@link BadRequest} naming the parameter.
 */
public final class Params {

    private Params() {
    }

    /** The first non-blank value of any of {@code names}, stripped; null when none. */
    public static @Nullable String text(Context ctx, String... names) {
        for (String name : names) {
            for (String v : ctx.queryParams(name)) {
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            }
        }
        return null;
    }

    /** Every value of any of {@code names}, split on commas, stripped, blanks dropped, in order. */
    public static List<String> list(Context ctx, String... names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            for (String v : ctx.queryParams(name)) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    public static @Nullable LocalDate date(Context ctx, String name) {
        return date(text(ctx, name), name);
    }

    /** A YYYY-MM-DD date within {@link Dates}' range; null when absent. */
    public static @Nullable LocalDate date(@Nullable String value, String name) {
        try {
            return Dates.parse(value, name);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    public static double number(Context ctx, String name, double fallback, double min, double max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + ": '" + v + "' is not a number");
        }
        if (!(d >= min && d <= max)) {
            throw new BadRequest(name + ": must be between " + min + " and " + max + ", got " + v);
        }
        return d;
    }

    /** An integer of at least {@code min}; values above {@code max} are clamped, as trade.gov's API does. */
    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        int i;
        try {
            i = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + ": '" + v + "' is not a whole number");
        }
        if (i < min) {
            throw new BadRequest(name + ": must be at least " + min + ", got " + v);
        }
        return Math.min(i, max);
    }

    /** A yes/no flag: true, 1, yes or on (any case); anything else is false. */
    public static boolean flag(Context ctx, String name) {
        String v = text(ctx, name);
        return v != null && Set.of("true", "1", "yes", "on").contains(v.toLowerCase(Locale.ROOT));
    }

    /** A number in the path, such as an alert's or a case's; 400 naming {@code what} when it is not one. */
    public static long pathNumber(Context ctx, String name, String what) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new BadRequest(name + ": not " + what + " number: " + ctx.pathParam(name));
        }
    }
}
