package org.tradescreen.lists.format.un;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.ListDates;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ListText;
import org.tradescreen.lists.format.xml.XmlElement;
import org.tradescreen.model.Address;
import org.tradescreen.model.Countries;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Listing;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;
import org.tradescreen.model.PartialDate;

/**
 * Maps one UN {@code INDIVIDUAL} or {@code ENTITY} to an entity. Text that does not fit a field (notes
 * on dates, addresses, aliases and documents) is kept as a remark rather than dropped. A missing
 * {@code REFERENCE_NUMBER} or name, or an unreadable {@code LISTED_ON}, fails naming the record's line.
 */
final class UnEntities {

    private static final String LIST = "UN";
    private static final String LIST_NAME = "United Nations Security Council Consolidated List";

    /** "2001-10-06", and the timezoned "2001-10-06-05:00" some xs:date values carry. */
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([+-]\\d{2}:\\d{2}|Z)?");
    /** A year range written into one YEAR element: "1955-1958", "1977/1978". */
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{4})");
    /** Placeholders for "not stated"; "na" would otherwise resolve to Namibia's code. */
    private static final Set<String> NOT_STATED = Set.of("na", "n/a", "unknown");

    private UnEntities() {
    }

    static Entity toEntity(Path file, String source, XmlElement r) {
        String ref = r.text("REFERENCE_NUMBER");
        if (ref == null) {
            throw new ListFormatException(file, r.line(), "REFERENCE_NUMBER",
                    r.name() + " with DATAID " + r.text("DATAID") + " has no reference number");
        }
        String name = ListText.joined(" ", Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME").map(r::text));
        if (name == null) {
            throw new ListFormatException(file, r.line(), "FIRST_NAME", r.name() + " " + ref + " has no name");
        }
        boolean person = r.name().equals("INDIVIDUAL");
        String kind = person ? "INDIVIDUAL" : "ENTITY";
        Entity.Builder b = Entity.builder(source, ref)
                .type(person ? EntityType.PERSON : EntityType.ORGANIZATION)
                .name(Name.primary(name));
        if (r.text("NAME_ORIGINAL_SCRIPT") != null) {
            b.name(Name.alias(r.text("NAME_ORIGINAL_SCRIPT"), false));
        }
        r.all(kind + "_ALIAS").forEach(a -> alias(b, a));
        r.all(kind + "_ADDRESS").forEach(a -> address(b, a));
        r.all("INDIVIDUAL_DATE_OF_BIRTH").forEach(d -> birthDate(b, d));
        for (XmlElement p : r.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
            b.birthPlace(place(p.text("STREET"), p.text("CITY"), p.text("STATE_PROVINCE"), p.text("COUNTRY")));
            noted(b, "place of birth", p.text("NOTE"));
        }
        for (String n : r.texts("NATIONALITY", "VALUE")) {
            countryText(n).ifPresent(t -> b.nationality(Countries.code(t).orElse(t)));
        }
        r.all("INDIVIDUAL_DOCUMENT").forEach(d -> document(b, d));
        b.title(ListText.joined("; ", Stream.concat(r.texts("TITLE", "VALUE").stream(), r.texts("DESIGNATION", "VALUE").stream()).distinct()));
        b.gender(gender(r.text("GENDER")));
        b.remark(r.text("COMMENTS1"));
        b.program(r.text("UN_LIST_TYPE"));
        b.listing(new Listing(LIST, LIST_NAME, listedOn(file, r), null, null, null, null));
        return b.build();
    }

    /**
     * QUALITY is "Good" or "Low" for individuals and "a.k.a." or "f.k.a." for entities; "Low" marks
     * the weak aliases. A former name ("f.k.a.") is a real name, so it is not weak. ALIAS_NAME may
     * hold several spellings joined by "; ".
     */
    private static void alias(Entity.Builder b, XmlElement a) {
        String names = a.text("ALIAS_NAME");
        if (names == null) {
            return;
        }
        String quality = Objects.requireNonNullElse(a.text("QUALITY"), "").toLowerCase(Locale.ROOT);
        NameKind kind = quality.equals("f.k.a.") ? NameKind.FORMER : NameKind.ALIAS;
        boolean weak = quality.equals("low");
        for (String n : names.split(";")) {
            if (!n.isBlank()) {
                b.name(Name.of(n.strip(), kind, weak));
            }
        }
        // Birth details given with an alias are those of the person using it, e.g. on a false passport.
        dateText(a.text("DATE_OF_BIRTH")).ifPresent(b::birthDate);
        b.birthPlace(place(null, a.text("CITY_OF_BIRTH"), null, a.text("COUNTRY_OF_BIRTH")));
        noted(b, "alias " + names, a.text("NOTE"));
    }

    private static void address(Entity.Builder b, XmlElement a) {
        String country = a.text("COUNTRY");
        Address address = new Address(a.text("STREET"), a.text("CITY"), a.text("STATE_PROVINCE"),
                a.text("ZIP_CODE"), country, country == null ? null : Countries.code(country).orElse(null));
        if (!address.oneLine().isEmpty()) {
            b.address(address);
        }
        noted(b, address.oneLine().isEmpty() ? "address" : "address " + address.oneLine(), a.text("NOTE"));
    }

    /**
     * TYPE_OF_DATE is EXACT, APPROXIMATELY or BETWEEN (2016: Exact, Approximately, Between), or empty.
     * A day comes in DATE, a year in YEAR, a range in FROM_YEAR and TO_YEAR (or, in 2016, as
     * "1955-1958" inside YEAR); a range gives each year in it. NOTE may be the only date ("Aug. 1961").
     */
    private static void birthDate(Entity.Builder b, XmlElement d) {
        String date = d.text("DATE");
        String year = d.text("YEAR");
        String from = d.text("FROM_YEAR");
        String to = d.text("TO_YEAR");
        String note = d.text("NOTE");
        List<PartialDate> dates = new ArrayList<>();
        String stated = null;
        if (date != null) {
            stated = date;
            dateText(date).ifPresent(dates::add);
        } else if (year != null) {
            stated = year;
            Matcher range = YEAR_RANGE.matcher(year);
            if (range.matches()) {
                dates.addAll(ListDates.years(range.group(1), range.group(2)));
            } else {
                dateText(year).ifPresent(dates::add);
            }
        } else if (from != null && to != null) {
            stated = from + " to " + to;
            dates.addAll(ListDates.years(from, to));
        }
        if (stated == null && note != null) {
            Optional<PartialDate> fromNote = ListDates.partial(note, true);
            if (fromNote.isPresent()) {
                b.birthDate(fromNote.get());
                return;
            }
        }
        dates.forEach(b::birthDate);
        if (stated != null && dates.isEmpty()) {
            b.remark("date of birth: " + stated);
        }
        noted(b, stated == null ? "date of birth" : "date of birth " + stated, note);
    }

    /**
     * TYPE_OF_DOCUMENT is "Passport" or "National Identification Number", sometimes in French or
     * Spanish; TYPE_OF_DOCUMENT2 refines it ("FARDC ID"). The issuing country is in ISSUING_COUNTRY or,
     * in older files, COUNTRY_OF_ISSUE, and is sometimes not a country ("Iran / unknown"): such text
     * goes to the note. A document without a number is kept as a remark.
     */
    private static void document(Entity.Builder b, XmlElement d) {
        String type = d.text("TYPE_OF_DOCUMENT");
        String type2 = d.text("TYPE_OF_DOCUMENT2");
        String number = d.text("NUMBER");
        String issuer = d.text("ISSUING_COUNTRY") != null ? d.text("ISSUING_COUNTRY") : d.text("COUNTRY_OF_ISSUE");
        String code = issuer == null ? null : Countries.code(issuer).orElse(null);
        String note = ListText.joined("; ", Stream.of(
                type != null ? type2 : null,
                code == null ? issuer : null,
                d.text("DATE_OF_ISSUE") == null ? null : "issued " + d.text("DATE_OF_ISSUE"),
                d.text("CITY_OF_ISSUE") == null ? null : "in " + d.text("CITY_OF_ISSUE"),
                d.text("NOTE")));
        String label = type != null ? type : type2 != null ? type2 : "Document";
        if (number != null) {
            b.identifier(new Identifier(label, number, code, note));
        } else if (note != null || type != null) {
            b.remark(label + (note == null ? "" : ": " + note));
        }
    }

    private static @Nullable LocalDate listedOn(Path file, XmlElement r) {
        XmlElement listed = r.child("LISTED_ON");
        if (listed == null || listed.text() == null) {
            return null;
        }
        return isoDay(listed.text()).orElseThrow(() -> new ListFormatException(file, listed.line(), "LISTED_ON",
                r.name() + " " + r.text("REFERENCE_NUMBER") + ": not a date: " + listed.text()));
    }

    /** An ISO day, with or without a timezone, else the spellings {@link ListDates} knows; none before the year 1000. */
    private static Optional<PartialDate> dateText(@Nullable String text) {
        Optional<LocalDate> day = isoDay(text);
        return day.isPresent() ? day.filter(d -> d.getYear() >= 1000 && d.getYear() <= 9999).map(PartialDate::of)
                : ListDates.partial(text, true);
    }

    private static Optional<LocalDate> isoDay(@Nullable String text) {
        Matcher m = ISO_DAY.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> countryText(String text) {
        return NOT_STATED.contains(text.toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of(text);
    }

    private static @Nullable String place(@Nullable String street, @Nullable String city, @Nullable String region, @Nullable String country) {
        return ListText.joined(", ", Stream.of(street, city, region, country));
    }

    private static @Nullable String gender(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "male" -> "Male";
            case "female" -> "Female";
            case "unknown" -> null;
            default -> text;
        };
    }

    private static void noted(Entity.Builder b, String about, @Nullable String note) {
        if (note != null) {
            b.remark(about + ": " + note);
        }
    }
}
