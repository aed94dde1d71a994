package org.tradescreen.lists.format.uk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.ListDates;
import org.tradescreen.lists.format.ListText;
import org.tradescreen.lists.format.TableRow;
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
 * Merges the rows of one HM Treasury group into an entity. Each row is one name of the target,
 * repeated with every other field; a target with two dates of birth has each name twice. The
 * builder drops the repeats. Many cells enumerate several values ("(1) Somali (2) Swedish",
 * "a) French, b) Tunisian"); those are split, and the placeholder "-" dropped.
 */
final class UkHmtEntities {

    private static final String LIST = "UK-HMT";
    private static final String LIST_NAME = "HM Treasury Consolidated List of Financial Sanctions Targets";

    private static final List<String> NAME_COLUMNS = List.of("Name 1", "Name 2", "Name 3", "Name 4", "Name 5",
            "Name 6");
    private static final List<String> STREET_COLUMNS = List.of("Address 1", "Address 2", "Address 3", "Address 4",
            "Address 5");
    /** "(1)", "1)", "(1)-(2)", "(1) to (6)", "(1) (2) (4)", "a)", "(b)": the markers of an enumeration. */
    private static final Pattern ENUMERATION = Pattern.compile(
            "(?:^|(?<=[\\s,;]))(?:\\(?\\d{1,2}\\)|\\(?[a-h]\\))(?:\\s*(?:-|to|,)?\\s*\\(?\\d{1,2}\\))*");
    /** DOB is day first; "00" stands for an unknown day or month: "00/00/1970", "00/08/1977". */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern CLEAN_NUMBER = Pattern.compile("[A-Za-z0-9./-]*\\d[A-Za-z0-9./-]*");
    private static final Pattern UK_SANCTIONS_LIST_REF = Pattern.compile(
            "\\(UK Sanctions List Ref\\)\\s*:\\s*([A-Z]{3}\\d{4})");
    /** The identifier type under which both UK lists carry the FCDO's id, so that they point at each other. */
    static final String UK_SANCTIONS_LIST_ID = "UK Sanctions List ID";
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]+)\\)");
    /** A document code: capitals, digits and ". / -", standing alone ("Issued" holds none). */
    private static final String CODE = "(?<!\\w)[A-Z0-9][A-Z0-9./-]*(?!\\w)";
    /** Codes in a row, single-spaced: "96 03 464086", "LBR HBB 61S17 Z352F". */
    private static final Pattern CODE_RUN = Pattern.compile(CODE + "(?: " + CODE + ")*");
    private static final Pattern AFTER_NUMBER_WORD = Pattern.compile(
            "(?i:\\b(?:no|nr|number)\\b)\\.?\\s*:?\\s*(" + CODE_RUN.pattern() + ")");

    private UkHmtEntities() {
    }

    /** Fails on a row with no name at all, which no group could use. */
    static void requireName(TableRow row) {
        if (fullName(row) == null) {
            throw row.error("Name 6", "the row has no name");
        }
    }

    static Entity toEntity(String source, String groupId, List<TableRow> rows) {
        TableRow first = rows.get(0);
        Entity.Builder b = Entity.builder(source, groupId).type(EntityType.fromWord(first.get("Group Type")));
        List<Name> names = new ArrayList<>();
        Set<String> titles = new LinkedHashSet<>();
        LocalDate listedOn = null;
        for (TableRow row : rows) {
            names.add(name(row));
            String dob = row.get("DOB");
            if (dob != null) {
                birthDate(dob).ifPresentOrElse(b::birthDate, () -> b.remark("date of birth: " + dob));
            }
            birthPlaces(b, row);
            for (String n : enumerated(row.get("Nationality"))) {
                b.nationality(Countries.code(n).orElse(n));
            }
            // 2016: the number inside prose ("Passport Details", "NI Number"); 2022: number and details apart.
            document(b, "Passport", row.find("Passport Number"), row.get("Passport Details"));
            document(b, "National Identification Number", row.find("National Identification Number"),
                    row.find("National Identification Details") != null ? row.find("National Identification Details")
                            : row.find("NI Number"));
            String nonLatin = row.find("Name Non-Latin Script");
            if (nonLatin != null) {
                b.name(Name.alias(nonLatin, false));
            }
            crossReference(b, row.get("Other Information"));
            Stream.of(row.get("Title"), row.get("Position")).filter(Objects::nonNull).forEach(titles::add);
            address(b, row);
            b.remark(row.get("Other Information"));
            b.program(row.get("Regime"));
            LocalDate listed = listedOn(row);
            if (listed != null && (listedOn == null || listed.isBefore(listedOn))) {
                listedOn = listed;
            }
        }
        // The file is sorted by name, so a target's primary name is anywhere among its rows; put it first.
        names.sort(Comparator.comparing(n -> n.kind() != NameKind.PRIMARY));
        names.forEach(b::name);
        b.title(titles.isEmpty() ? null : String.join("; ", titles));
        b.listing(new Listing(LIST, LIST_NAME, listedOn, null, null, null, null));
        return b.build();
    }

    /**
     * Name 6 is the surname, Names 1 to 5 the other names; an entity's whole name is in Name 6. The
     * 2016 file says "Prime Alias" for the primary name and "AKA" or "FKA" for the others; the 2022 format
     * says "Primary name", "Primary name variation", "AKA" and "FKA", and its {@code Alias Quality} "Low
     * quality" marks a weak alias.
     */
    private static Name name(TableRow row) {
        String value = fullName(row);
        String type = Objects.requireNonNullElse(row.get("Alias Type"), "").toLowerCase(Locale.ROOT);
        boolean weak = Objects.requireNonNullElse(row.find("Alias Quality"), "").toLowerCase(Locale.ROOT)
                .contains("low");
        return switch (type) {
            case "prime alias", "primary name" -> Name.primary(value);
            case "fka" -> Name.of(value, NameKind.FORMER, weak);
            default -> Name.alias(value, weak);
        };
    }

    /** "(UK Sanctions List Ref):GHR0086" in Other Information: the FCDO list's id for the same target. */
    private static void crossReference(Entity.Builder b, @Nullable String otherInformation) {
        Matcher m = UK_SANCTIONS_LIST_REF.matcher(Objects.requireNonNullElse(otherInformation, ""));
        if (m.find()) {
            b.identifier(new Identifier(UK_SANCTIONS_LIST_ID, m.group(1), null, null));
        }
    }

    /**
     * A document with a clean number is taken as it stands, its details the note; else the number is read out
     * of the prose ("Kuwait, number 260012001546").
     */
    static void document(Entity.Builder b, String type, @Nullable String number, @Nullable String details) {
        if (number != null && CLEAN_NUMBER.matcher(number).matches()) {
            b.identifier(new Identifier(type, number, null, details));
        } else {
            identifiers(b, type, ListText.joined(". ", Stream.of(number, details)));
        }
    }

    private static @Nullable String fullName(TableRow row) {
        String name = NAME_COLUMNS.stream().map(row::get).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name.replaceAll("\\s+", " ");
    }

    /**
     * A day-first date where "00", "dd" or "mm" stand for an unknown day or month ("00/00/1970", "dd/09/1958");
     * a year that is not all digits ("19yy") is no date.
     */
    static Optional<PartialDate> birthDate(String text) {
        Matcher m = DAY_FIRST.matcher(text.toLowerCase(Locale.ROOT).replace("dd", "00").replace("mm", "00"));
        if (!m.matches()) {
            return ListDates.partial(text, true);
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        try {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(3)), month == 0 ? null : month,
                    day == 0 || month == 0 ? null : day));
        } catch (IllegalArgumentException noSuchDay) {
            return Optional.empty();
        }
    }

    /** Town and country of birth as one place; when either enumerates several, each on its own. */
    private static void birthPlaces(Entity.Builder b, TableRow row) {
        List<String> towns = enumerated(row.get("Town of Birth"));
        List<String> countries = enumerated(row.get("Country of Birth"));
        if (towns.size() <= 1 && countries.size() <= 1) {
            b.birthPlace(Stream.concat(towns.stream(), countries.stream()).collect(Collectors.joining(", ")));
        } else {
            towns.forEach(b::birthPlace);
            countries.forEach(b::birthPlace);
        }
    }

    /**
     * Passport and NI cells are free text: "G827238 (Tunisian). Issued on 1 June 1996", "Pakistani
     * national ID no.54201-247561-5", "96 03 464086, Russian passport". The number is the code after
     * "no." or "number" if there is one, else the first code with a digit in it; a parenthesised
     * country name gives the country, and the whole text is kept as the note. Text with no number at
     * all ("Uganda Passport.") is a remark, not an identifier.
     */
    static void identifiers(Entity.Builder b, String type, @Nullable String cell) {
        for (String part : enumerated(cell)) {
            Optional<String> number = firstWithDigit(AFTER_NUMBER_WORD.matcher(part), 1)
                    .or(() -> firstWithDigit(CODE_RUN.matcher(part), 0));
            if (number.isEmpty()) {
                b.remark(type + ": " + part);
                continue;
            }
            b.identifier(new Identifier(type, number.get(), country(part), part.equals(number.get()) ? null : part));
        }
    }

    private static Optional<String> firstWithDigit(Matcher m, int group) {
        while (m.find()) {
            String code = m.group(group).replaceFirst("[./-]+$", "");
            if (code.chars().anyMatch(Character::isDigit)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private static @Nullable String country(String text) {
        Matcher m = PARENTHESISED.matcher(text);
        while (m.find()) {
            String inside = m.group(1).strip();
            // Two letters could be an abbreviation rather than an ISO code; only names are trusted here.
            Optional<String> code = inside.length() > 2 ? Countries.code(inside) : Optional.empty();
            if (code.isPresent()) {
                return code.get();
            }
        }
        return null;
    }

    /** Address 1 to 5 are street lines; Address 6 is the town (or, now and then, the province). */
    private static void address(Entity.Builder b, TableRow row) {
        String street = STREET_COLUMNS.stream().map(row::get).filter(Objects::nonNull).collect(Collectors.joining(", "));
        String country = row.get("Country");
        Address address = new Address(street.isEmpty() ? null : street, row.get("Address 6"), null,
                row.get("Post/Zip Code"), country, country == null ? null : Countries.code(country).orElse(null));
        if (!address.oneLine().isEmpty()) {
            b.address(address);
        }
    }

    private static @Nullable LocalDate listedOn(TableRow row) {
        String text = row.get("Listed On");
        if (text == null) {
            return null;
        }
        return ListDates.day(text, true).orElseThrow(() -> row.error("Listed On", "not a day-first date: " + text));
    }

    /** The values of a cell that may enumerate several; empty for an empty cell. */
    static List<String> enumerated(@Nullable String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(ENUMERATION.split(cell))
                .map(s -> s.replaceAll("\\s+", " ").replaceAll("^[\\s,;]+|[\\s,;]+$", ""))
                .filter(s -> !s.isEmpty() && !s.equals("-"))
                .toList();
    }
}
