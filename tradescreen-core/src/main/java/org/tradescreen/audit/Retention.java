package org.tradescreen.audit;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * How long audit records keep their payload, per kind of record: ten years unless configured, since OFAC wants
 * records kept ten years (from March 2025) and the EAR and the BSA five. Read from the data directory's
 * {@code tradescreen.properties}: {@code audit.retention.default=P10Y}, {@code audit.retention.screen=P5Y}, …
 * (ISO-8601 periods).
 */
public record Retention(Period fallback, Map<String, Period> byKind) {

    public static final Retention DEFAULT = new Retention(Period.ofYears(10), Map.of());
    private static final String PREFIX = "audit.retention.";

    public Retention {
        byKind = Map.copyOf(byKind);
    }

    public static Retention of(Properties settings) {
        Period fallback = DEFAULT.fallback;
        Map<String, Period> byKind = new HashMap<>();
        for (String key : settings.stringPropertyNames()) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            Period p;
            try {
                p = Period.parse(settings.getProperty(key).strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(key + ": not an ISO-8601 period such as P10Y: "
                        + settings.getProperty(key));
            }
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException(key + ": must be a positive period, got " + p);
            }
            String kind = key.substring(PREFIX.length());
            if (kind.equals("default")) {
                fallback = p;
            } else {
                byKind.put(kind, p);
            }
        }
        return new Retention(fallback, byKind);
    }

    /** How long records of this kind keep their payload. */
    public Period of(String kind) {
        return byKind.getOrDefault(kind, fallback);
    }
}
