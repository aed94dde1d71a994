package org.tradescreen.lists.format.eu;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.ListDates;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ListText;
import org.tradescreen.lists.format.xml.XmlElement;
import org.tradescreen.model.Address;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Listing;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;
import org.tradescreen.model.PartialDate;

/**
 * Maps one EU {@code sanctionEntity} to an entity. Nearly every fact is in attributes, blank ones written
 * {@code attr=""}; each fact element may carry a {@code remark}. Facts that fit no field (circa dates, contact
 * details, document flags) are kept as remarks rather than dropped.
 */
final class EuFsfEntities {

    private static final String LIST = "EU";
    private static final String LIST_NAME = "EU Consolidated Financial Sanctions List";
    /** "low quality alias", and the misspelt "low quality aliias" the real file has. */
    private static final Pattern LOW_QUALITY = Pattern.compile("(?i)\\blow[- ]quality\\b");
    private static final Pattern FORMER = Pattern.compile("(?i)^\\s*(former name|formerly known as|f\\.?k\\.?a\\b)");
    /** The EU's "no country": {@code countryIso2Code="00"}, {@code countryDescription="UNKNOWN"}. */
    private static final String NO_COUNTRY = "00";

    private EuFsfEntities() {
    }

    static Entity toEntity(Path file, String source, XmlElement r) {
        String ref = r.attr("euReferenceNumber");
        if (ref == null) {
            throw new ListFormatException(file, r.line(), "euReferenceNumber",
                    "sanctionEntity with logicalId " + r.attr("logicalId") + " has no EU reference number");
        }
        List<XmlElement> aliases = r.all("nameAlias");
        if (aliases.stream().allMatch(a -> wholeName(a) == null)) {
            throw new ListFormatException(file, r.line(), "nameAlias", "sanctionEntity " + ref + " has no name");
        }
        XmlElement subject = r.child("subjectType");
        Entity.Builder b = Entity.builder(source, ref).type(type(subject == null ? null : subject.attr("code")));
        // The file has no primary-name flag: the primary name is the first strong one in Latin letters (the
        // regulation's own spelling comes first, sometimes in Arabic script), else the first of all.
        XmlElement primary = aliases.stream().filter(a -> wholeName(a) != null && !weak(a)
                        && Name.scriptOf(wholeName(a)) == Character.UnicodeScript.LATIN).findFirst()
                .orElse(aliases.stream().filter(a -> wholeName(a) != null).findFirst().orElseThrow());
        name(b, primary, true);
        aliases.stream().filter(a -> a != primary).forEach(a -> name(b, a, false));
        r.all("citizenship").forEach(c -> country(c).ifPresent(b::nationality));
        r.all("birthdate").forEach(d -> birthDate(b, d));
        r.all("address").forEach(a -> address(b, a));
        r.all("identification").forEach(i -> identification(b, i));
        if (r.attr("unitedNationId") != null) {
            b.identifier(new Identifier("UN reference number", r.attr("unitedNationId"), null, null));
        }
        r.all("remark").forEach(m -> b.remark(m.text()));
        b.remark(r.attr("designationDetails"));
        List<XmlElement> regulations = r.all("regulation").stream()
                .sorted(Comparator.comparing(g -> Objects.requireNonNullElse(g.attr("publicationDate"), "9999")))
                .toList();
        regulations.forEach(g -> b.program(g.attr("programme")));
        XmlElement act = regulations.isEmpty() ? null : regulations.get(0);
        b.sourceUrl(act == null ? null : act.text("publicationUrl"));
        b.listing(new Listing(LIST, LIST_NAME, listedOn(file, r, act), null,
                act == null ? null : act.attr("numberTitle"), null, null));
        return b.build();
    }

    private static EntityType type(@Nullable String code) {
        return code == null ? EntityType.UNKNOWN
                : code.equals("enterprise") ? EntityType.ORGANIZATION : EntityType.fromWord(code);
    }

    /**
     * Adds one {@code nameAlias}. Quality is prose in its remark: "low quality alias" is weak, as is
     * {@code strong="false"}; a remark "former name…" makes it a former name.
     */
    private static void name(Entity.Builder b, XmlElement a, boolean primary) {
        String value = wholeName(a);
        if (value == null) {
            return;
        }
        String remark = Objects.requireNonNullElse(a.text("remark"), "");
        NameKind kind = primary ? NameKind.PRIMARY : FORMER.matcher(remark).find() ? NameKind.FORMER : NameKind.ALIAS;
        b.name(Name.of(value, kind, weak(a) && !primary));
        if (a.attr("title") != null || a.attr("function") != null) {
            b.title(ListText.joined("; ", Stream.of(a.attr("title"), a.attr("function"))));
        }
        if (a.attr("gender") != null) {
            b.gender(gender(a.attr("gender")));
        }
    }

    private static boolean weak(XmlElement a) {
        return LOW_QUALITY.matcher(Objects.requireNonNullElse(a.text("remark"), "")).find()
                || "false".equals(a.attr("strong"));
    }

    /** {@code wholeName}, else first, middle and last name joined; runs of spaces collapsed. */
    private static @Nullable String wholeName(XmlElement a) {
        String whole = a.attr("wholeName");
        return whole != null ? whole : ListText.joined(" ", Stream.of(a.attr("firstName"), a.attr("middleName"),
                a.attr("lastName")));
    }

    private static @Nullable String gender(String code) {
        return code == null ? null : switch (code) {
            case "M" -> "Male";
            case "F" -> "Female";
            default -> null;
        };
    }

    private static Optional<String> country(XmlElement e) {
        String code = e.attr("countryIso2Code");
        return code == null || code.equals(NO_COUNTRY) ? Optional.empty() : Optional.of(code.toUpperCase(Locale.ROOT));
    }

    private static @Nullable String countryName(XmlElement e) {
        return country(e).isPresent() ? e.attr("countryDescription") : null;
    }

    /**
     * A full date ({@code birthdate}), a year with or without month and day, or a year range. With
     * {@code calendarType="ISLAMIC"} the day, month and year are Hijri and {@code birthdate}, when present, is
     * their Gregorian conversion; without it the Hijri date is converted here (a Hijri year alone spans two
     * Gregorian years, and both are kept). The Hijri date itself is kept as a remark.
     */
    private static void birthDate(Entity.Builder b, XmlElement d) {
        List<PartialDate> dates = new ArrayList<>();
        String stated = d.attr("birthdate");
        boolean hijri = "ISLAMIC".equalsIgnoreCase(d.attr("calendarType"));
        if (stated != null) {
            ListDates.partial(stated, false).ifPresent(dates::add);
        } else if (d.attr("year") != null) {
            Integer year = number(d.attr("year"));
            Integer month = number(d.attr("monthOfYear"));
            Integer day = month == null ? null : number(d.attr("dayOfMonth"));
            if (year != null) {
                dates.addAll(hijri ? fromHijri(year, month, day) : partial(year, month, day));
                if (!hijri && dates.isEmpty()) {
                    b.remark("date of birth: " + d.attr("year"));
                }
            }
        } else if (d.attr("yearRangeFrom") != null && d.attr("yearRangeTo") != null) {
            dates.addAll(ListDates.years(d.attr("yearRangeFrom"), d.attr("yearRangeTo")));
        }
        dates.forEach(b::birthDate);
        if (hijri && d.attr("year") != null) {
            b.remark("date of birth (Hijri calendar): " + ListText.joined("/", Stream.of(d.attr("dayOfMonth"),
                    d.attr("monthOfYear"), d.attr("year"))));
        }
        if ("true".equals(d.attr("circa")) && !dates.isEmpty()) {
            b.remark("date of birth circa " + dates.get(0));
        }
        b.birthPlace(ListText.joined(", ", Stream.of(d.attr("place"), d.attr("city"), d.attr("region"), countryName(d))));
        d.all("remark").forEach(m -> b.remark("date of birth: " + m.text()));
    }

    /** The date, or its year alone when the day or month is not one; none when the year is not one (983). */
    private static List<PartialDate> partial(int year, @Nullable Integer month, @Nullable Integer day) {
        try {
            return List.of(new PartialDate(year, month, day));
        } catch (IllegalArgumentException | DateTimeException notADay) {
            try {
                return List.of(new PartialDate(year, null, null));
            } catch (IllegalArgumentException notAYear) {
                return List.of();
            }
        }
    }

    /** A Hijri date in the Gregorian calendar: the day, or every Gregorian year the Hijri month or year touches. */
    private static List<PartialDate> fromHijri(int year, @Nullable Integer month, @Nullable Integer day) {
        try {
            if (day != null) {
                return List.of(PartialDate.of(LocalDate.from(HijrahDate.of(year, month, day))));
            }
            HijrahDate start = HijrahDate.of(year, month == null ? 1 : month, 1);
            HijrahDate end = month == null
                    ? start.with(ChronoField.DAY_OF_YEAR, start.lengthOfYear())
                    : start.with(ChronoField.DAY_OF_MONTH, start.lengthOfMonth());
            return ListDates.years(String.valueOf(LocalDate.from(start).getYear()),
                    String.valueOf(LocalDate.from(end).getYear()));
        } catch (DateTimeException outsideTheCalendar) {
            return List.of();
        }
    }

    private static @Nullable Integer number(@Nullable String text) {
        return text == null || !text.matches("\\d{1,4}") || Integer.parseInt(text) == 0 ? null : Integer.parseInt(text);
    }

    private static void address(Entity.Builder b, XmlElement a) {
        String street = ListText.joined(", ", Stream.of(a.attr("street"), a.attr("poBox") == null ? null : "PO Box "
                + a.attr("poBox"), a.attr("place")));
        Address address = new Address(street, a.attr("city"), a.attr("region"), a.attr("zipCode"), countryName(a),
                country(a).orElse(null));
        if (!address.oneLine().isEmpty()) {
            b.address(address);
        }
        for (XmlElement contact : a.all("contactInfo")) {
            b.remark(contact.attr("key") + ": " + contact.attr("value"));
        }
        a.all("remark").forEach(m -> b.remark((address.oneLine().isEmpty() ? "address" : address.oneLine())
                + ": " + m.text()));
    }

    /**
     * A document: its number (the placeholder "-" is no number), its type in words, the issuing country, and a
     * note of what else the list says (issued, valid to, known to be expired or false, its remark).
     */
    private static void identification(Entity.Builder b, XmlElement i) {
        String type = "imo".equalsIgnoreCase(i.attr("identificationTypeCode")) ? "IMO"
                : Objects.requireNonNullElse(i.attr("identificationTypeDescription"), "Document");
        String note = ListText.joined("; ", Stream.of(
                i.attr("issueDate") == null ? null : "issued " + i.attr("issueDate"),
                i.attr("issuedBy") == null ? null : "by " + i.attr("issuedBy"),
                i.attr("validTo") == null ? null : "valid to " + i.attr("validTo"),
                "true".equals(i.attr("knownExpired")) ? "known expired" : null,
                "true".equals(i.attr("knownFalse")) ? "known false" : null,
                "true".equals(i.attr("reportedLost")) ? "reported lost" : null,
                "true".equals(i.attr("revokedByIssuer")) ? "revoked by issuer" : null,
                i.attr("nameOnDocument") == null ? null : "name on document " + i.attr("nameOnDocument"),
                i.attr("region"), i.text("remark")));
        String country = country(i).orElse(null);
        for (String number : Stream.of(i.attr("number"), i.attr("latinNumber")).distinct().toList()) {
            if (number != null && number.chars().anyMatch(Character::isLetterOrDigit)) {
                b.identifier(new Identifier(type, number, country, note));
            }
        }
        if (i.attr("number") == null || i.attr("number").chars().noneMatch(Character::isLetterOrDigit)) {
            b.remark(type + (note == null ? "" : ": " + note));
        }
    }

    /** {@code designationDate}; records without it date from the first regulation that names them. */
    private static @Nullable LocalDate listedOn(Path file, XmlElement r, @Nullable XmlElement act) {
        String text = r.attr("designationDate") != null ? r.attr("designationDate")
                : act == null ? null : act.attr("publicationDate");
        if (text == null) {
            return null;
        }
        return ListDates.day(text, false).orElseThrow(() -> new ListFormatException(file, r.line(),
                "designationDate", "sanctionEntity " + r.attr("euReferenceNumber") + ": not a date: " + text));
    }
}
