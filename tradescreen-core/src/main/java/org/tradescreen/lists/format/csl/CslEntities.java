package org.tradescreen.lists.format.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.ListDates;
import org.tradescreen.lists.format.ScopeClause;
import org.tradescreen.lists.format.StableId;
import org.tradescreen.model.Address;
import org.tradescreen.model.Countries;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Listing;
import org.tradescreen.model.Name;
import org.tradescreen.model.Vessel;

/**
 * Maps a Consolidated Screening List record to an entity. The CSL merges eleven US lists; each record's
 * {@code source} names its sub-list ("Entity List (EL) - Bureau of Industry and Security"), whose short
 * code ("EL") becomes the listing's list. The source id is {@code _id}, else {@code entity_number},
 * else a stable hash of sub-list, name and address, since Entity List rows carry no id at all.
 */
final class CslEntities {

    private static final Pattern LIST_CODE = Pattern.compile("\\(([^)]+)\\)");

    private CslEntities() {
    }

    static Entity toEntity(String source, CslRecord r) {
        String name = r.value("name");
        if (name == null) {
            throw new IllegalArgumentException("field name: the entry has no name");
        }
        String subList = r.value("source");
        List<Address> addresses = r.addresses();
        String sourceId = r.value("_id") != null ? r.value("_id")
                : r.value("id") != null ? r.value("id")
                : r.value("entity_number") != null ? r.value("entity_number")
                : StableId.of(subList, name, addresses.stream().map(Address::oneLine).reduce("", String::concat));
        Entity.Builder b = Entity.builder(source, sourceId)
                .type(EntityType.fromWord(r.value("type")))
                .name(Name.primary(ScopeClause.stripped(name)))
                .title(r.value("title"))
                .sourceUrl(r.value("source_information_url") != null ? r.value("source_information_url")
                        : r.value("source_list_url"));
        for (String alt : r.values("alt_names")) {
            b.name(Name.alias(alt, false));
        }
        addresses.forEach(b::address);
        r.values("programs").forEach(b::program);
        for (String dob : r.values("dates_of_birth")) {
            ListDates.partial(dob, true).ifPresentOrElse(b::birthDate, () -> b.remark("date of birth: " + dob));
        }
        r.values("places_of_birth").forEach(b::birthPlace);
        for (String n : concat(r.values("nationalities"), r.values("citizenships"))) {
            b.nationality(Countries.code(n).orElse(n));
        }
        for (String id : r.values("ids")) {
            addIdentifier(b, id);
        }
        r.values("remarks").forEach(b::remark);
        ScopeClause.clause(name).ifPresent(c -> b.remark("listing covers: " + c));
        b.listing(new Listing(listCode(subList), subList,
                ListDates.day(r.value("start_date"), false).orElse(null),
                ListDates.day(r.value("end_date"), false).orElse(null),
                r.value("federal_register_notice"),
                r.value("license_requirement"),
                r.value("license_policy")));
        if (r.value("call_sign") != null || r.value("vessel_type") != null || r.value("vessel_flag") != null) {
            b.vessel(new Vessel(r.value("call_sign"), r.value("vessel_type"), r.value("vessel_flag"),
                    r.value("gross_tonnage"), r.value("gross_registered_tonnage"), r.value("vessel_owner")));
        }
        return b.build();
    }

    /** "Entity List (EL) - Bureau of Industry and Security" gives "EL"; "(NS-MBS List)" gives "NS-MBS". */
    static @Nullable String listCode(@Nullable String subList) {
        if (subList == null) {
            return null;
        }
        Matcher m = LIST_CODE.matcher(subList);
        if (!m.find()) {
            return subList;
        }
        return m.group(1).replaceFirst("(?i)\\s+list$", "").strip().toUpperCase(Locale.ROOT);
    }

    /**
     * CSV ids read "Passport, 836238033, KP": type, value, optional country. Entries that are not
     * identifiers but notes ("Gender, Male", "Secondary sanctions risk:, …") go to gender and remarks.
     */
    private static void addIdentifier(Entity.Builder b, String text) {
        String[] parts = text.split(",\\s*");
        if (parts.length < 2) {
            // one word, or nothing but commas (which split to no parts at all)
            b.remark(text);
            return;
        }
        String type = parts[0].strip();
        if (type.equalsIgnoreCase("Gender")) {
            b.gender(parts[1]);
            return;
        }
        if (type.endsWith(":") || type.endsWith("-")) {
            b.remark(text);
            return;
        }
        String last = parts[parts.length - 1].strip();
        boolean hasCountry = parts.length >= 3 && last.length() == 2 && Countries.code(last).isPresent();
        int valueEnd = hasCountry ? parts.length - 1 : parts.length;
        String value = String.join(", ", java.util.Arrays.copyOfRange(parts, 1, valueEnd)).strip();
        b.identifier(new Identifier(type, value, hasCountry ? last.toUpperCase(Locale.ROOT) : null, null));
    }

    /** A one-line CSV address: its last comma part is usually an ISO code or a country name. */
    static Address addressFromLine(String line) {
        String[] parts = line.split(",");
        String last = parts[parts.length - 1].strip();
        String code = parts.length > 1 ? Countries.code(last).orElse(null) : null;
        return new Address(line.strip(), null, null, null, code != null ? last : null, code);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
