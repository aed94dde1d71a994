package org.tradescreen.consign.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tradescreen.consign.Consignment;
import org.tradescreen.consign.GoodsLine;
import org.tradescreen.consign.Party;
import org.tradescreen.consign.contact.ContactIndex;
import org.tradescreen.consign.contact.ContactPoints;
import org.tradescreen.consign.policy.Policy;
import org.tradescreen.consign.policy.Rule;
import org.tradescreen.goods.catalog.ControlKind;
import org.tradescreen.goods.catalog.SubstanceKind;
import org.tradescreen.goods.describe.GoodsClass;
import org.tradescreen.goods.describe.GoodsHit;
import org.tradescreen.goods.describe.GoodsResult;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.match.Feature;
import org.tradescreen.match.Hit;
import org.tradescreen.model.Entity;

/**
 * Turns what the screening found into the facts rules read ({@link org.tradescreen.consign.policy.FactSchema}:
 * every field present, integers as {@code Long}, absent numbers 0, absent text "") and into the reasons a person
 * reads. Facts say what was found; they never decide: the policy does.
 */
final class FactBuilder {

    private static final Pattern CAS_ONLY = Pattern.compile("(?i)^(cas(\\s*(no|number|rn|#))?[\\s.:#]*)?\\d{2,7}-\\d{2}-\\d\\.?$");

    private final Set<String> phrases;

    FactBuilder(Policy policy) {
        this.phrases = policy.phrases();
    }

    Screened.PartyScreened party(Party p, List<Hit> hits, List<ContactIndex.Match> contacts, Set<String> custom) {
        Map<String, Object> f = new HashMap<>();
        f.put("role", p.role());
        f.put("name", p.name());
        List<String> tokens = Words.tokens(p.name());
        f.put("name_words", Words.words(tokens));
        f.put("name_phrases", Words.phrases(tokens, phrases));
        f.put("address", p.addressLine());
        f.put("city", p.city());
        f.put("country", p.country());
        f.put("phone", p.phone());
        f.put("phone_e164", ContactPoints.phone(p.phone(), p.country()));
        f.put("email", p.email());
        f.put("email_domain", ContactPoints.domain(ContactPoints.email(p.email())));
        f.put("hit_count", (long) hits.size());
        f.put("contact_count", (long) contacts.size());
        List<Map<String, Object>> hitFacts = hits.stream().map(h -> hit(h, custom)).toList();
        List<Map<String, Object>> contactFacts = contacts.stream().map(m -> contact(m, hits, custom)).toList();
        return new Screened.PartyScreened(p, hits, contacts, f, hitFacts, contactFacts);
    }

    private static Map<String, Object> hit(Hit h, Set<String> custom) {
        Map<String, Object> f = new HashMap<>();
        f.put("entity_id", h.entityId());
        f.put("name", h.name());
        f.put("matched_name", h.matchedName());
        f.put("source", h.source());
        f.put("list", h.list() == null ? "" : h.list());
        f.put("list_name", h.entity().listing().listName() == null ? "" : h.entity().listing().listName());
        f.put("programs", h.entity().programs());
        f.put("score", h.score());
        f.put("listed_on", h.listedOn() == null ? "" : h.listedOn().toString());
        List<Feature> features = h.explanation().features();
        f.put("weak_alias", features.stream().anyMatch(x -> x.feature() == Feature.Label.WEAK_ALIAS));
        List<String> against = features.stream().filter(x -> x.outcome() == Feature.Outcome.MISMATCH)
                .map(x -> x.feature().label()).toList();
        f.put("contradicted", !against.isEmpty());
        f.put("contradictions", against);
        f.put("custom", custom.contains(h.source()));
        f.put("by_identifier", features.stream().anyMatch(x -> x.feature() == Feature.Label.IDENTIFIER));
        return f;
    }

    private static Map<String, Object> contact(ContactIndex.Match m, List<Hit> hits, Set<String> custom) {
        Entity e = m.entity();
        Map<String, Object> f = new HashMap<>();
        f.put("kind", m.kind().code());
        f.put("value", m.value());
        f.put("entity_id", e.id());
        f.put("name", e.primaryName());
        f.put("source", e.source());
        f.put("list", e.listing().list() == null ? "" : e.listing().list());
        f.put("listed_on", e.listing().listedOn() == null ? "" : e.listing().listedOn().toString());
        f.put("custom", custom.contains(e.source()));
        double nameScore = hits.stream().filter(h -> h.entityId().equals(e.id())).mapToDouble(Hit::score).max()
                .orElse(0);
        f.put("name_matched", nameScore > 0);
        f.put("name_score", nameScore);
        return f;
    }

    Screened.LineScreened line(GoodsLine l, GoodsResult r, @Nullable String structureError) {
        Map<String, Object> f = new HashMap<>();
        f.put("line_no", (long) l.lineNo());
        f.put("description", l.description());
        f.put("text", Words.text(l.description()));
        List<String> tokens = Words.tokens(l.description());
        f.put("words", Words.words(tokens));
        f.put("phrases", Words.phrases(tokens, phrases));
        String hs = l.hsCode();
        f.put("hs", hs);
        f.put("hs6", hs.length() >= 7 ? hs.substring(0, 7) : "");
        f.put("hs_chapter", hs.length() >= 2 ? hs.substring(0, 2) : "");
        f.put("cas", l.cas());
        f.put("class", r.classification().code());
        List<GoodsHit> strong = r.hits().stream().filter(h -> h.score() >= GoodsScreener.STRONG).toList();
        f.put("substances", strong.stream().map(GoodsHit::substance).toList());
        f.put("substance_ids", strong.stream().map(GoodsHit::id).toList());
        Set<String> chapters = new LinkedHashSet<>();
        strong.forEach(h -> h.hs().forEach(code -> chapters.add(code.substring(0, Math.min(2, code.length())))));
        f.put("substance_chapters", List.copyOf(chapters));
        boolean controlled = r.classification() != GoodsClass.NONE;
        f.put("chemical", controlled || !strong.isEmpty() || r.structure() != null);
        f.put("precursor_not_yet", !controlled && (strong.stream().anyMatch(h -> h.laterControls().stream()
                .anyMatch(c -> c.kind() == ControlKind.PRECURSOR))
                || r.structure() != null && r.structure().precursorFamily() != null));
        f.put("watch_chemical", !controlled && strong.stream().anyMatch(h -> h.kind() == SubstanceKind.WATCH));
        f.put("invalid_cas", r.warnings().stream().anyMatch(w -> w.startsWith("invalid CAS")));
        f.put("cas_only", CAS_ONLY.matcher(l.description().strip()).matches());
        f.put("structure_error", structureError != null);
        f.put("quantity", number(l.quantity()));
        f.put("unit", l.unit());
        f.put("value", number(l.value()));
        f.put("net_weight_kg", number(l.netWeightKg()));
        f.put("origin_country", l.originCountry());
        return new Screened.LineScreened(l, r, structureError, f);
    }

    Map<String, Object> consignment(Screened s) {
        Consignment c = s.consignment();
        Map<String, Object> f = new HashMap<>();
        f.put("id", c.id());
        f.put("as_of", s.asOf().toString());
        f.put("mode", c.mode());
        f.put("direction", c.direction());
        f.put("service", c.service());
        f.put("category", c.category());
        f.put("transport_doc", c.transportDoc());
        f.put("origin", c.route().origin());
        f.put("destination", c.route().destination());
        f.put("transit", c.route().transit());
        Set<String> countries = new LinkedHashSet<>();
        countries.add(c.route().origin());
        countries.addAll(c.route().transit());
        countries.add(c.route().destination());
        countries.remove("");
        f.put("countries", List.copyOf(countries));
        f.put("has_sender", c.parties().stream().anyMatch(p -> p.role().equals("shipper") && !p.name().isBlank()));
        f.put("described", c.lines().stream().anyMatch(l -> !l.description().isBlank()));
        f.put("party_count", (long) c.parties().size());
        f.put("line_count", (long) c.lines().size());
        f.put("value", number(c.total().value()));
        f.put("currency", c.total().currency());
        f.put("gross_weight_kg", number(c.total().grossWeightKg()));
        f.put("lists_missing", !s.coverage().missing().isEmpty());
        f.put("no_lists", s.coverage().used().isEmpty());
        f.put("parties", s.parties().stream().map(Screened.PartyScreened::facts).toList());
        f.put("lines", s.lines().stream().map(Screened.LineScreened::facts).toList());
        return f;
    }

    private static double number(@Nullable Double d) {
        return d == null ? 0.0 : d;
    }

    // --- the reasons people read ---------------------------------------------------------------------------------

    static Reason consignmentReason(Rule rule, Screened s) {
        Consignment.Route r = s.consignment().route();
        String route = "route " + (r.origin().isEmpty() ? "?" : r.origin())
                + (r.transit().isEmpty() ? "" : " via " + String.join(", ", r.transit())) + " to "
                + (r.destination().isEmpty() ? "?" : r.destination());
        return new Reason(rule.id(), rule.decision(), null, null, sentence(rule) + " (" + route + ")", null, null, null,
                null, null, null, null);
    }

    static Reason partyReason(Rule rule, Screened.PartyScreened p) {
        return new Reason(rule.id(), rule.decision(), party(p.party()), null, p.party().role() + " '" + p.party().name()
                + "': " + rule.title(), null, null, null, null, null, null, null);
    }

    static Reason hitReason(Rule rule, Screened.PartyScreened p, Hit h) {
        String list = listOf(h.entity());
        String matched = h.explanation().name().aligned().stream()
                .map(a -> a.queryToken() + (a.queryToken().equals(a.listToken()) ? "" : "~" + a.listToken()))
                .collect(Collectors.joining(" "));
        String text = p.party().role() + " '" + p.party().name() + "' matches '" + h.matchedName() + "' (" + h.entityId()
                + ", " + list + (h.listedOn() == null ? "" : ", listed " + h.listedOn()) + ") at "
                + String.format(java.util.Locale.ROOT, "%.2f", h.score()) + ": " + rule.title();
        return new Reason(rule.id(), rule.decision(), party(p.party()), null, text, h.entityId(), list,
                h.listedOn() == null ? null : h.listedOn().toString(), null, null, matched, h.score());
    }

    static Reason contactReason(Rule rule, Screened.PartyScreened p, ContactIndex.Match m) {
        Entity e = m.entity();
        String list = listOf(e);
        String text = p.party().role() + " '" + p.party().name() + "': " + m.kind().code() + " " + m.value()
                + " is listed for '" + e.primaryName() + "' (" + e.id() + ", " + list + "): " + rule.title();
        return new Reason(rule.id(), rule.decision(), party(p.party()), null, text, e.id(), list,
                e.listing().listedOn() == null ? null : e.listing().listedOn().toString(), null, null, m.value(), null);
    }

    static Reason lineReason(Rule rule, Screened.LineScreened l) {
        List<GoodsHit> strong = l.goods().hits().stream().filter(h -> h.score() >= GoodsScreener.STRONG).toList();
        String substances = strong.stream().map(GoodsHit::substance).distinct().collect(Collectors.joining(", "));
        List<String> citations = new ArrayList<>();
        for (GoodsHit h : strong) {
            for (GoodsHit.HitControl c : h.controls().isEmpty() ? h.laterControls() : h.controls()) {
                citations.add(c.jurisdiction() + " " + c.list() + (c.since() == null ? "" : " since " + c.since())
                        + (c.citation() == null ? "" : " (" + c.citation() + ")"));
            }
        }
        String matched = strong.stream().map(GoodsHit::matched).distinct().collect(Collectors.joining(", "));
        String structure = l.goods().structure() == null ? "" : "; structure " + l.goods().structure().smiles()
                + (l.goods().structure().modifications().isEmpty() ? "" : " (modifications "
                + l.goods().structure().modifications() + ")");
        String text = "line " + l.line().lineNo() + " '" + l.line().description() + "'"
                + (l.line().hsCode().isEmpty() ? "" : " HS " + l.line().hsCode()) + ": " + rule.title()
                + (substances.isEmpty() ? "" : "; " + l.goods().classification().code() + ": " + substances) + structure;
        return new Reason(rule.id(), rule.decision(), null, l.line().lineNo(), text, null, null, null,
                substances.isEmpty() ? null : substances, citations.isEmpty() ? null : String.join("; ", citations),
                matched.isEmpty() ? null : matched, null);
    }

    /** The list an entity is on, as people name it: "Entity List (EL)", else its code or source. */
    static String listOf(Entity e) {
        String code = e.listing().list();
        String name = e.listing().listName();
        return name != null ? name + (code != null && !name.contains(code) ? " (" + code + ")" : "")
                : code != null ? code : e.source();
    }

    private static String party(Party p) {
        return p.role() + ": " + p.name();
    }

    private static String sentence(Rule rule) {
        String t = rule.title() == null || rule.title().isEmpty() ? rule.id() : rule.title();
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
