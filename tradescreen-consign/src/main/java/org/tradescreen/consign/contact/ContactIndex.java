package org.tradescreen.consign.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tradescreen.consign.Party;
import org.tradescreen.model.Address;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Identifier;

/**
 * The contact points of listed entities, for finding a party by its phone, e-mail or street address when its name
 * does not match. Lists carry them as identifiers ("Phone Number", "Email Address", "Website") or in remarks
 * (OFAC: "Phone Number 8615927270571; Email Address x@qq.com; Website www.vast-chem.com"), and as addresses.
 * Matches: the same E.164 phone; the same e-mail; an e-mail whose domain is a listed web site's or e-mail's
 * (not a free-mail domain); a street address that holds every word of a listed one, a number among them, at
 * least three words. Built once per compiled list version set; immutable and thread-safe.
 */
public final class ContactIndex {

    /** One contact point of a party found on a listed entity. */
    public record Match(Kind kind, String value, Entity entity) {
    }

    /** How a party was found. */
    public enum Kind {
        PHONE("phone"), EMAIL("email"), DOMAIN("domain"), ADDRESS("address");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private static final Pattern REMARK = Pattern.compile("(?i)^(?:alt\\.\\s+)?(Phone Number|Email Address|Website)\\s+(.+?)\\.?$");
    private static final int MIN_STREET_WORDS = 3;

    private final Map<String, List<Entity>> phones = new HashMap<>();
    private final Map<String, List<Entity>> emails = new HashMap<>();
    private final Map<String, List<Entity>> domains = new HashMap<>();
    /** Listed streets by each of their numbered words, each with all its words. */
    private final Map<String, List<Street>> streets = new HashMap<>();

    private record Street(Set<String> words, @Nullable String text, Entity entity) {
    }

    public ContactIndex(Iterable<Entity> entities) {
        for (Entity e : entities) {
            String region = e.addresses().stream().map(Address::countryCode).filter(c -> c != null).findFirst().orElse("");
            for (Identifier id : e.identifiers()) {
                add(e, id.type() == null ? "" : id.type(), id.value(), region);
            }
            for (String remark : e.remarks()) {
                for (String part : ContactPoints.split(remark)) {
                    Matcher m = REMARK.matcher(part);
                    if (m.matches()) {
                        add(e, m.group(1), m.group(2), region);
                    }
                }
            }
            for (Address a : e.addresses()) {
                List<String> words = ContactPoints.streetWords(a.street());
                if (words.size() >= MIN_STREET_WORDS && words.stream().anyMatch(ContactPoints::numbered)) {
                    Street s = new Street(new HashSet<>(words), a.street(), e);
                    words.stream().filter(ContactPoints::numbered).distinct()
                            .forEach(w -> streets.computeIfAbsent(w, k -> new ArrayList<>()).add(s));
                }
            }
        }
    }

    private void add(Entity e, String type, String value, String region) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.contains("phone") || t.contains("fax")) {
            put(phones, ContactPoints.phone(value, region), e);
        } else if (t.contains("email") || t.contains("e-mail")) {
            String email = ContactPoints.email(value);
            put(emails, email, e);
            String domain = ContactPoints.domain(email);
            if (!ContactPoints.sharedDomain(domain)) {
                put(domains, domain, e);
            }
        } else if (t.contains("website") || t.contains("web site")) {
            put(domains, ContactPoints.domain(value), e);
        }
    }

    private static void put(Map<String, List<Entity>> map, String key, Entity e) {
        if (!key.isEmpty()) {
            List<Entity> list = map.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(e)) {
                list.add(e);
            }
        }
    }

    /** The listed entities a party's phone, e-mail or address points to, each entity once, strongest kind first. */
    public List<Match> find(Party party) {
        Map<Entity, Match> found = new LinkedHashMap<>();
        String phone = ContactPoints.phone(party.phone(), party.country());
        phones.getOrDefault(phone, List.of()).forEach(e -> found.putIfAbsent(e, new Match(Kind.PHONE, phone, e)));
        String email = ContactPoints.email(party.email());
        emails.getOrDefault(email, List.of()).forEach(e -> found.putIfAbsent(e, new Match(Kind.EMAIL, email, e)));
        String domain = ContactPoints.domain(email);
        if (!ContactPoints.sharedDomain(domain)) {
            domains.getOrDefault(domain, List.of()).forEach(e -> found.putIfAbsent(e, new Match(Kind.DOMAIN, domain, e)));
        }
        List<String> words = ContactPoints.streetWords(party.addressLine() + " " + party.city());
        Set<String> wordSet = new HashSet<>(words);
        for (String w : words) {
            if (ContactPoints.numbered(w)) {
                for (Street s : streets.getOrDefault(w, List.of())) {
                    if (wordSet.containsAll(s.words())) {
                        found.putIfAbsent(s.entity(), new Match(Kind.ADDRESS, s.text(), s.entity()));
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }
}
