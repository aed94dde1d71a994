package org.tradescreen.lists.format.uk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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
import org.tradescreen.model.Vessel;

/**
 * Maps one FCDO {@code <Designation>} to an entity. Names are {@code Name1}…{@code Name6} (Name6 the surname
 * or an entity's whole name), padded with spaces; {@code NameType} comes in any casing; {@code AliasStrength}
 * "Low quality a.k.a" marks a weak alias. {@code OFSIGroupID} and {@code UNReferenceNumber} are kept as
 * identifiers, so a hit shows the same party's ids on the other lists.
 */
final class UkSanctionsListEntities {

    private static final String LIST = "UK";
    private static final String LIST_NAME = "UK Sanctions List";
    /** "OGRN: 1247700291200" or "INN - 5045023416", one of several labelled numbers in one registration cell. */
    private static final Pattern LABELLED_NUMBER = Pattern.compile("([A-Z][A-Za-z ]{1,20}?)\\s*(?::|\\s-)\\s*(\\d[A-Z0-9-]*)");

    private UkSanctionsListEntities() {
    }

    static Entity toEntity(Path file, String source, XmlElement r) {
        String id = r.text("UniqueID");
        if (id == null) {
            throw new ListFormatException(file, r.line(), "UniqueID", "Designation has no UniqueID");
        }
        List<XmlElement> names = nested(r, "Names", "Name");
        if (names.stream().allMatch(n -> fullName(n) == null)) {
            throw new ListFormatException(file, r.line(), "Name6", "Designation " + id + " has no name");
        }
        Entity.Builder b = Entity.builder(source, id).type(EntityType.fromWord(r.text("IndividualEntityShip")));
        // The primary names first, whatever order the file gives.
        names.stream().filter(UkSanctionsListEntities::isPrimary).forEach(n -> name(b, n));
        names.stream().filter(n -> !isPrimary(n)).forEach(n -> name(b, n));
        // Kept in their own script (Arabic, Cyrillic); the matcher compares them as such and transliterated.
        nested(r, "NonLatinNames", "NonLatinName").stream().map(n -> n.text("NameNonLatinScript"))
                .filter(Objects::nonNull).forEach(n -> b.name(Name.alias(n, false)));
        crossReference(b, UkHmtEntities.UK_SANCTIONS_LIST_ID, id);
        crossReference(b, "OFSI group ID", r.text("OFSIGroupID"));
        crossReference(b, "UN reference number", r.text("UNReferenceNumber"));
        nested(r, "Addresses", "Address").forEach(a -> address(b, a));
        XmlElement person = details(r, "IndividualDetails", "Individual");
        if (person != null) {
            individual(b, person);
        }
        XmlElement entity = details(r, "EntityDetails", "Entity");
        if (entity != null) {
            for (String number : entity.texts("BusinessRegistrationNumbers", "BusinessRegistrationNumber")) {
                registrationNumbers(b, number);
            }
            entity.texts("TypeOfEntities", "TypeOfEntity").forEach(t -> b.remark("type of entity: " + t));
            entity.texts("Subsidiaries", "Subsidiary").forEach(s -> b.remark("subsidiary: " + s));
        }
        XmlElement ship = details(r, "ShipDetails", "Ship");
        if (ship != null) {
            ship(b, ship);
        }
        Stream.of("PhoneNumbers/PhoneNumber", "EmailAddresses/EmailAddress", "Websites/Website").forEach(path -> {
            String[] p = path.split("/");
            r.texts(p[0], p[1]).forEach(v -> b.remark(p[1] + ": " + v));
        });
        b.title(ListText.joined("; ", r.texts("Titles", "Title").stream()));
        b.program(r.text("RegimeName"));
        b.remark(r.text("SanctionsImposed") == null ? null : "sanctions imposed: " + r.text("SanctionsImposed"));
        b.remark(r.text("DesignationSource") == null ? null : "designation source: " + r.text("DesignationSource"));
        b.remark(r.text("OtherInformation"));
        b.remark(r.text("UKStatementofReasons"));
        b.listing(new Listing(LIST, LIST_NAME, day(file, r, "DateDesignated"), null, null, null, null));
        return b.build();
    }

    /** The {@code item} elements inside every {@code container} child. */
    private static List<XmlElement> nested(XmlElement r, String container, String item) {
        return r.all(container).stream().flatMap(c -> c.all(item).stream()).toList();
    }

    private static boolean isPrimary(XmlElement n) {
        return "primary name".equals(Objects.requireNonNullElse(n.text("NameType"), "").toLowerCase(Locale.ROOT));
    }

    /** One {@code <Name>}: "Primary Name" (any casing) is primary, the rest aliases, weak when of low quality. */
    private static void name(Entity.Builder b, XmlElement n) {
        String value = fullName(n);
        if (value == null) {
            return;
        }
        boolean weak = Objects.requireNonNullElse(n.text("AliasStrength"), "").toLowerCase(Locale.ROOT)
                .contains("low quality");
        b.name(isPrimary(n) ? Name.primary(value) : Name.of(value, NameKind.ALIAS, weak));
    }

    private static @Nullable String fullName(XmlElement n) {
        return ListText.joined(" ", IntStream.rangeClosed(1, 6).mapToObj(i -> n.text("Name" + i)));
    }

    private static void crossReference(Entity.Builder b, String type, @Nullable String value) {
        if (value != null) {
            b.identifier(new Identifier(type, value, null, null));
        }
    }

    private static @Nullable XmlElement details(XmlElement r, String container, String item) {
        XmlElement c = r.child(container);
        return c == null ? null : c.child(item);
    }

    private static void individual(Entity.Builder b, XmlElement p) {
        for (String dob : p.texts("DOBs", "DOB")) {
            UkHmtEntities.birthDate(dob).ifPresentOrElse(b::birthDate, () -> b.remark("date of birth: " + dob));
        }
        for (XmlElement place : nested(p, "BirthDetails", "Location")) {
            b.birthPlace(ListText.joined(", ", Stream.of(place.text("TownOfBirth"), place.text("CountryOfBirth"))));
        }
        p.texts("Nationalities", "Nationality").forEach(n -> b.nationality(Countries.code(n).orElse(n)));
        b.gender(p.texts("Genders", "Gender").stream().findFirst().orElse(null));
        p.texts("Positions", "Position").forEach(position -> b.remark("position: " + position));
        for (XmlElement passport : nested(p, "PassportDetails", "Passport")) {
            UkHmtEntities.document(b, "Passport", passport.text("PassportNumber"), passport.text("PassportAdditionalInformation"));
        }
        for (XmlElement national : nested(p, "NationalIdentifierDetails", "NationalIdentifier")) {
            UkHmtEntities.document(b, "National Identification Number", national.text("NationalIdentifierNumber"),
                    national.text("NationalIdentifierAdditionalInformation"));
        }
    }

    /** "OGRN: 1247700291200 KPP: 770701001 INN: 9707028663": each labelled number its own identifier. */
    private static void registrationNumbers(Entity.Builder b, String text) {
        Matcher m = LABELLED_NUMBER.matcher(text);
        boolean any = false;
        while (m.find()) {
            b.identifier(new Identifier(m.group(1).strip(), m.group(2), null, null));
            any = true;
        }
        if (!any) {
            b.identifier(new Identifier("Business Registration Number", text, null, null));
        }
    }

    private static void ship(Entity.Builder b, XmlElement s) {
        // "IMO9562233" and "8628597" both appear; the identifier compares them without the prefix.
        s.texts("IMONumbers", "IMONumber").forEach(imo -> b.identifier(new Identifier("IMO", imo, null, null)));
        String flag = s.texts("CurrentBelievedFlagOfShips", "CurrentBelievedFlagOfShip").stream().findFirst()
                .orElse(null);
        b.vessel(new Vessel(null, ListText.joined("; ", s.texts("TypeOfShipDetails", "TypeOfShip").stream()),
                flag == null ? null : Countries.code(flag).orElse(flag),
                ListText.joined("; ", s.texts("TonnageOfShipDetails", "TonnageOfShip").stream()), null,
                ListText.joined("; ", s.texts("CurrentOwnerOperators", "CurrentOwnerOperator").stream())));
        s.texts("PreviousFlags", "PreviousFlag").forEach(f -> b.remark("previous flag: " + f));
        s.texts("LengthOfShipDetails", "LengthOfShip").forEach(l -> b.remark("length: " + l));
        s.texts("YearsBuilt", "YearBuilt").forEach(y -> b.remark("year built: " + y));
    }

    /** AddressLine1 to 4 are street lines, 5 the town, 6 the province; one address has no country. */
    private static void address(Entity.Builder b, XmlElement a) {
        String street = ListText.joined(", ", IntStream.rangeClosed(1, 4).mapToObj(i -> a.text("AddressLine" + i)));
        String country = a.text("AddressCountry");
        Address address = new Address(street, a.text("AddressLine5"), a.text("AddressLine6"),
                a.text("AddressPostalCode"), country, country == null ? null : Countries.code(country).orElse(null));
        if (!address.oneLine().isEmpty()) {
            b.address(address);
        }
    }

    private static @Nullable LocalDate day(Path file, XmlElement r, String field) {
        String text = r.text(field);
        if (text == null) {
            return null;
        }
        return ListDates.day(text, true).orElseThrow(() -> new ListFormatException(file, r.child(field).line(), field,
                "Designation " + r.text("UniqueID") + ": not a dd/mm/yyyy date: " + text));
    }
}
