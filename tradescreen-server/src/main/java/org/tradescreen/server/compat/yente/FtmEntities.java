package org.tradescreen.server.compat.yente;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.ftm.FtmVocabulary;
import org.tradescreen.model.Address;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;

/**
 * Our entities in FollowTheMoney's shape, as yente returns them: a schema, a caption, and properties
 * whose values are lists of strings (countries in lower-case ISO codes); the listing becomes a nested
 * {@code Sanction} entity under {@code sanctions}, as yente nests it.
 */
final class FtmEntities {

    /** Sub-lists that are export controls rather than sanctions, for the {@code topics} property. */
    private static final Set<String> EXPORT_CONTROL_LISTS = Set.of("EL", "DPL", "UVL", "MEU", "DTC");

    private FtmEntities() {
    }

    /** The entity as yente's {@code EntityResponse}, without the scoring fields. */
    static Map<String, Object> entity(Entity e) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", e.id());
        r.put("caption", e.primaryName());
        r.put("schema", FtmVocabulary.schema(e.type()));
        r.put("properties", properties(e));
        r.put("datasets", List.of(e.source()));
        r.put("referents", List.of());
        r.put("target", true);
        return r;
    }

    private static Map<String, Object> properties(Entity e) {
        Map<String, List<Object>> p = new LinkedHashMap<>();
        for (Name n : e.names()) {
            String prop = n.weak() ? "weakAlias" : n.kind() == NameKind.PRIMARY ? "name"
                    : n.kind() == NameKind.FORMER ? "previousName" : "alias";
            add(p, prop, n.value());
        }
        e.birthDates().forEach(d -> add(p, "birthDate", d.toString()));
        e.birthPlaces().forEach(b -> add(p, "birthPlace", b));
        e.nationalities().forEach(c -> add(p, "nationality", c.toLowerCase(Locale.ROOT)));
        for (Address a : e.addresses()) {
            add(p, "address", a.oneLine());
            if (a.countryCode() != null) {
                add(p, "country", a.countryCode().toLowerCase(Locale.ROOT));
            }
        }
        for (Identifier i : e.identifiers()) {
            add(p, FtmVocabulary.identifierProperty(e.type(), i), i.value());
        }
        e.programs().forEach(x -> add(p, "program", x));
        e.remarks().forEach(x -> add(p, "notes", x));
        if (e.title() != null) {
            add(p, e.type() == EntityType.PERSON ? "title" : "summary", e.title());
        }
        if (e.gender() != null) {
            add(p, "gender", e.gender().toLowerCase(Locale.ROOT));
        }
        if (e.vessel() != null) {
            add(p, "callSign", e.vessel().callSign());
            add(p, "flag", e.vessel().flag());
            add(p, "type", e.vessel().vesselType());
            add(p, "tonnage", e.vessel().tonnage());
            add(p, "grossRegisteredTonnage", e.vessel().grossRegisteredTonnage());
        }
        if (e.sourceUrl() != null) {
            add(p, "sourceUrl", e.sourceUrl());
        }
        add(p, "topics", EXPORT_CONTROL_LISTS.contains(String.valueOf(e.listing().list()).toUpperCase(Locale.ROOT))
                ? "export.control" : "sanction");
        if (e.listing().list() != null || e.listing().listedOn() != null) {
            add(p, "sanctions", sanction(e));
        }
        return new LinkedHashMap<>(p);
    }

    private static Map<String, Object> sanction(Entity e) {
        Map<String, List<Object>> p = new LinkedHashMap<>();
        add(p, "entity", e.id());
        add(p, "authority", e.listing().listName());
        add(p, "program", e.listing().list());
        e.programs().forEach(x -> add(p, "programId", x));
        add(p, "listingDate", e.listing().listedOn() == null ? null : e.listing().listedOn().toString());
        add(p, "startDate", e.listing().listedOn() == null ? null : e.listing().listedOn().toString());
        add(p, "endDate", e.listing().endDate() == null ? null : e.listing().endDate().toString());
        add(p, "provisions", e.listing().licenseRequirement());
        add(p, "reason", e.listing().citation());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", e.id() + "-sanction");
        s.put("caption", e.listing().listName() != null ? e.listing().listName() : String.valueOf(e.listing().list()));
        s.put("schema", "Sanction");
        s.put("properties", new LinkedHashMap<>(p));
        s.put("datasets", List.of(e.source()));
        return s;
    }

    private static void add(Map<String, List<Object>> p, String prop, @Nullable Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            List<Object> values = p.computeIfAbsent(prop, k -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
        }
    }

    /** The entity's countries as FollowTheMoney writes them (lower-case ISO): nationalities and address countries. */
    static List<String> countries(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        e.nationalities().forEach(c -> out.add(c.toLowerCase(Locale.ROOT)));
        e.addresses().stream().map(Address::countryCode).filter(c -> c != null)
                .forEach(c -> out.add(c.toLowerCase(Locale.ROOT)));
        return new ArrayList<>(out);
    }

    /** The values of one property of a query, whether the client sent a string or a list. */
    static List<String> values(Map<String, Object> properties, String prop) {
        Object v = properties.get(prop);
        Set<String> out = new LinkedHashSet<>();
        if (v instanceof List<?> list) {
            list.stream().filter(x -> x != null && !x.toString().isBlank()).forEach(x -> out.add(x.toString().strip()));
        } else if (v != null && !v.toString().isBlank()) {
            out.add(v.toString().strip());
        }
        return new ArrayList<>(out);
    }
}
