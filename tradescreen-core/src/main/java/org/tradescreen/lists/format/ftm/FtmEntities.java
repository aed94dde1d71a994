package org.tradescreen.lists.format.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.tradescreen.lists.format.ListDates;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.model.Address;
import org.tradescreen.model.Countries;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Listing;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;
import org.tradescreen.model.Vessel;

/**
 * Maps the FtM entities of one file to screenable parties. Only party schemas become entities; the
 * others are read for what they say about a party in the same file: an {@code Address} named by its
 * {@code addressEntity}, the {@code Sanction}s whose {@code entity} is the party (listing date, programs,
 * authorities), and {@code Identification}/{@code Passport} records whose {@code holder} it is. References
 * to entities outside the file are left unresolved, as FtM files routinely carry them.
 */
final class FtmEntities {

    private final String source;
    private final Path file;
    private final Map<String, JsonNode> addresses = new HashMap<>();
    private final Map<String, List<JsonNode>> sanctions = new HashMap<>();
    private final Map<String, List<JsonNode>> identifications = new HashMap<>();

    FtmEntities(String source, Path file, Collection<FtmRecord> records) {
        this.source = source;
        this.file = file;
        for (FtmRecord r : records) {
            switch (r.schema()) {
                case "Address" -> addresses.put(r.id(), r.entity());
                case "Sanction" -> link(sanctions, r.entity(), "entity");
                case "Identification", "Passport" -> link(identifications, r.entity(), "holder");
                default -> { }
            }
        }
    }

    /** Whether records of this schema say something about the parties they refer to (and so must be kept). */
    static boolean describesParties(String schema) {
        return switch (schema) {
            case "Address", "Sanction", "Identification", "Passport" -> true;
            default -> false;
        };
    }

    Entity toEntity(FtmRecord r) {
        JsonNode e = r.entity();
        Entity.Builder b = Entity.builder(source, r.id()).type(FtmVocabulary.entryType(r.schema()));
        addNames(b, r);
        for (String date : values(e, "birthDate")) {
            ListDates.partial(date, false).ifPresentOrElse(b::birthDate, () -> b.remark("birth date: " + date));
        }
        values(e, "birthPlace").forEach(b::birthPlace);
        for (String property : FtmVocabulary.COUNTRY_PROPERTIES) {
            values(e, property).forEach(c -> b.nationality(countryCode(c)));
        }
        for (String property : FtmVocabulary.IDENTIFIER_PROPERTIES) {
            values(e, property).forEach(v -> b.identifier(new Identifier(property, v, null, null)));
        }
        for (JsonNode id : identifications.getOrDefault(r.id(), List.of())) {
            first(id, "number").ifPresent(number -> b.identifier(new Identifier(
                    first(id, "type").orElse(id.path("schema").asText()), number,
                    first(id, "country").map(FtmEntities::countryCode).orElse(null), null)));
        }
        first(e, "gender").ifPresent(b::gender);
        List<String> positions = values(e, "position");
        b.title(positions.isEmpty() ? null : String.join("; ", positions));
        addAddresses(b, e);
        values(e, "notes").forEach(b::remark);
        List<String> topics = values(e, "topics");
        if (!topics.isEmpty()) {
            b.remark("topics: " + String.join(", ", topics));
        }
        if (e.path("target").isBoolean() && !e.path("target").asBoolean()) {
            b.remark("related party, not itself a target (FtM target false)");
        }
        addListing(b, r);
        if (r.schema().equals("Vessel") || r.schema().equals("Airplane")) {
            addVessel(b, e);
        }
        return b.build();
    }

    /** The caption is the primary name (else the first name); the others are aliases. */
    private void addNames(Entity.Builder b, FtmRecord r) {
        JsonNode e = r.entity();
        List<String> names = values(e, "name");
        String primary = Optional.ofNullable(e.get("caption")).map(c -> c.asText().strip()).filter(c -> !c.isEmpty())
                .orElse(names.isEmpty() ? null : names.get(0));
        if (primary == null) {
            throw new ListFormatException(file, r.line(), "properties.name",
                    "the entity has neither a caption nor a name");
        }
        b.name(Name.primary(primary));
        names.stream().filter(n -> !n.equals(primary)).forEach(n -> b.name(Name.alias(n, false)));
        values(e, "alias").stream().filter(n -> !n.equals(primary)).forEach(n -> b.name(Name.alias(n, false)));
        values(e, "weakAlias").forEach(n -> b.name(Name.alias(n, true)));
        values(e, "previousName").forEach(n -> b.name(Name.of(n, NameKind.FORMER, false)));
    }

    /** Resolved address entities, then the one-line {@code address} texts that do not repeat them. */
    private void addAddresses(Entity.Builder b, JsonNode e) {
        Set<String> resolved = new LinkedHashSet<>();
        for (String ref : values(e, "addressEntity")) {
            JsonNode a = addresses.get(ref);
            if (a != null) {
                Address address = address(a);
                b.address(address);
                resolved.add(address.oneLine().toLowerCase(Locale.ROOT));
                first(a, "full").ifPresent(full -> resolved.add(full.toLowerCase(Locale.ROOT)));
            }
        }
        for (String line : values(e, "address")) {
            if (!resolved.contains(line.toLowerCase(Locale.ROOT))) {
                b.address(new Address(line, null, null, null, null, null));
            }
        }
    }

    private static Address address(JsonNode a) {
        List<String> streets = new ArrayList<>(values(a, "street"));
        streets.addAll(values(a, "street2"));
        String street = streets.isEmpty() ? first(a, "full").orElse(null) : String.join(", ", streets);
        String country = first(a, "country").map(FtmEntities::countryCode).orElse(null);
        return new Address(street, first(a, "city").orElse(null),
                first(a, "region").or(() -> first(a, "state")).orElse(null),
                first(a, "postalCode").orElse(null), country,
                country == null ? null : Countries.code(country).orElse(null));
    }

    /**
     * The listing: datasets as the list; from the linked sanctions, the earliest start (else listing) date,
     * an end date only when every sanction has ended, and the authorities as the citation. Programs are
     * FtM program ids (the party's {@code programId}, the sanctions' {@code programId}), falling back to
     * a sanction's program name where it has no id, so that one program is not counted twice.
     */
    private void addListing(Entity.Builder b, FtmRecord r) {
        JsonNode e = r.entity();
        values(e, "programId").forEach(b::program);
        List<JsonNode> linked = sanctions.getOrDefault(r.id(), List.of());
        List<LocalDate> starts = new ArrayList<>();
        List<LocalDate> ends = new ArrayList<>();
        Set<String> authorities = new LinkedHashSet<>();
        for (JsonNode s : linked) {
            List<String> programIds = values(s, "programId");
            (programIds.isEmpty() ? values(s, "program") : programIds).forEach(b::program);
            authorities.addAll(values(s, "authority"));
            days(s, "startDate").min(Comparator.naturalOrder())
                    .or(() -> days(s, "listingDate").min(Comparator.naturalOrder()))
                    .ifPresent(starts::add);
            days(s, "endDate").max(Comparator.naturalOrder()).ifPresent(ends::add);
        }
        LocalDate listedOn = starts.stream().min(Comparator.naturalOrder()).orElse(null);
        LocalDate endDate = !linked.isEmpty() && ends.size() == linked.size()
                ? ends.stream().max(Comparator.naturalOrder()).orElseThrow() : null;
        List<String> datasets = new ArrayList<>();
        e.path("datasets").forEach(d -> datasets.add(d.asText()));
        b.listing(new Listing(datasets.isEmpty() ? null : String.join(", ", datasets), null, listedOn,
                endDate, authorities.isEmpty() ? null : String.join("; ", authorities), null, null));
        b.sourceUrl(first(e, "sourceUrl").orElse(linked.stream().flatMap(s -> values(s, "sourceUrl").stream())
                .findFirst().orElse(null)));
    }

    private static void addVessel(Entity.Builder b, JsonNode e) {
        Vessel v = new Vessel(first(e, "callSign").orElse(null),
                first(e, "type").or(() -> first(e, "model")).orElse(null),
                first(e, "flag").map(FtmEntities::countryCode).orElse(null), first(e, "tonnage").orElse(null),
                first(e, "grossRegisteredTonnage").orElse(null), null);
        if (!v.equals(new Vessel(null, null, null, null, null, null))) {
            b.vessel(v);
        }
    }

    private static Stream<LocalDate> days(JsonNode entity, String property) {
        return values(entity, property).stream().map(d -> ListDates.day(d, false)).flatMap(Optional::stream);
    }

    /** FtM country codes are lower-case ISO; codes ISO lacks ("suhh" for the USSR) are kept, upper-cased. */
    private static String countryCode(String code) {
        return Countries.code(code).orElse(code.toUpperCase(Locale.ROOT));
    }

    private static void link(Map<String, List<JsonNode>> index, JsonNode entity, String property) {
        for (String target : values(entity, property)) {
            index.computeIfAbsent(target, k -> new ArrayList<>()).add(entity);
        }
    }

    /** A property's values: FtM writes arrays of strings; a lone string is read as one value. */
    private static List<String> values(JsonNode entity, String property) {
        JsonNode v = entity.path("properties").path(property);
        List<String> out = new ArrayList<>();
        for (JsonNode item : v.isArray() ? v : List.of(v)) {
            if (item.isValueNode() && !item.isNull() && !item.asText().isBlank()) {
                out.add(item.asText().strip());
            }
        }
        return out;
    }

    private static Optional<String> first(JsonNode entity, String property) {
        return values(entity, property).stream().findFirst();
    }
}
