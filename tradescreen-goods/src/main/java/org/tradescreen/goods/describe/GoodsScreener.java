package org.tradescreen.goods.describe;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tradescreen.goods.cas.CasNumber;
import org.tradescreen.goods.catalog.Catalog;
import org.tradescreen.goods.catalog.Control;
import org.tradescreen.goods.catalog.ControlKind;
import org.tradescreen.goods.catalog.Coverage;
import org.tradescreen.goods.catalog.Fact;
import org.tradescreen.goods.catalog.Substance;
import org.tradescreen.goods.catalog.SubstanceKind;
import org.tradescreen.goods.structure.PrecursorFamily;
import org.tradescreen.goods.structure.StructureClassifier;
import org.tradescreen.goods.structure.StructureException;
import org.tradescreen.goods.structure.SystematicNames;
import org.tradescreen.goods.structure.StructureResult;

/**
 * Screens a goods description against the catalog, by name, synonym, abbreviation, CAS number and HS code.
 *
 * <p>The steps, in order:
 * <ol>
 *   <li>CAS-shaped numbers are taken out of the text; a valid one matches its substance, an invalid one is the
 *       warning {@code invalid CAS} and never matches.</li>
 *   <li>HS codes ("2933.39", "HS 293339") are taken out; alone they are a weak signal ({@link #HS_SCORE}).</li>
 *   <li>Salt and hydrate words ("hydrochloride", "HCl", "monohydrate") are taken out and reported as the form.</li>
 *   <li>The rest is cut into words at spaces, ";" "/" and ", ". Runs of up to {@link #MAX_WORDS} words, longest
 *       first, are compared as compact keys: lower case, letters and digits only, so case, punctuation, hyphen
 *       and spacing variants meet ("N phenethyl-4-Piperidone" is "nphenethyl4piperidone").</li>
 *   <li>Abbreviations match only whole words in their own case: "NPP" and "1-BOC-4-AP", not "npp" inside a
 *       word, nor "4-aminopyridine" for 4-AP.</li>
 *   <li>A long key ({@link #FUZZY_MIN_LENGTH} characters or more) may differ by one edit, two from
 *       {@link #FUZZY_TWO_EDITS_LENGTH}, but never in its digits: "2-piperidone" is not 4-piperidone.</li>
 * </ol>
 *
 * <p>The class sums up the hits scoring {@link #STRONG} or more, with the controls in force on the as-of date:
 * {@code precursor} when one of them is under a precursor control (a List I/II chemical, a 1988 Convention table,
 * an immediate precursor), else {@code controlled} when one is under a drug schedule (a fentanyl analogue listed by
 * name, fentanyl itself), else {@code none}. The structural class {@code fentanyl-related} needs a structure: given
 * one, or read from a systematic name in the description (OPSIN), or known to the catalog for a substance found by
 * name. With a structure, a catalog substance of identical structure is a hit of basis {@code structure},
 * {@code fentanyl-related} wins over all, and a precursor family makes {@code precursor}; catalog entries of kind
 * {@code class} are not matched by name. {@link #screen(GoodsQuery)} is the one entry point for all of it.
 */
public final class GoodsScreener {

    /** The score of an exact name, and of a valid CAS number. */
    public static final double EXACT = 1.0;
    /** A synonym is slightly weaker than the name: some are trade or ambiguous names. */
    public static final double SYNONYM = 0.95;
    /** An abbreviation: "NPP" is meant, but short forms collide more often than names. */
    public static final double ABBREVIATION = 0.9;
    /** Taken off per edit for a near spelling: "N-phenethyl-4-piperidon" scores 0.85 as a name. */
    public static final double PER_EDIT = 0.15;
    /** An HS code alone: 2933.39 holds harmless pharmaceutical intermediates too. */
    public static final double HS_SCORE = 0.3;
    /** Hits at or above this score decide the class; weaker ones are reported only. */
    public static final double STRONG = 0.5;
    /** The longest run of words compared as one name ("4-oxo-1-piperidinecarboxylic acid 1,1-dimethylethyl ester"). */
    public static final int MAX_WORDS = 8;
    /** Shorter keys match exactly only: "methylamine" and "ethylamine" are one edit apart. */
    public static final int FUZZY_MIN_LENGTH = 12;
    /** From this key length two edits are allowed. */
    public static final int FUZZY_TWO_EDITS_LENGTH = 24;

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern HS_DOTTED = Pattern.compile("(?<![\\d.])(\\d{4})\\.(\\d{2})(?:\\.\\d{1,4})*(?![\\d.])");
    private static final Pattern HS_LABELLED = Pattern.compile("(?i)\\bHS(?:\\s*code)?[\\s:#.]*(\\d{6})\\d{0,4}\\b");
    private static final Pattern FORM = Pattern.compile("(?i)(?<![\\p{L}\\p{N}-])(di|mono|tri|hemi|sesqui)?"
            + "(hydrochloride|hydrobromide|hydroiodide|hydrate|hcl|hbr|sulfate|sulphate|citrate|tartrate|oxalate"
            + "|phosphate|mesylate|maleate|fumarate|salt|free base)(?![\\p{L}\\p{N}-])");
    private static final Pattern WORDS = Pattern.compile("\\s+|[;/·]|,(?=\\s|$)");
    /** A trailing note in a catalog synonym: "hexahydropyridine (and salts)", "4-fluorofentanyl (ambiguous)". */
    private static final Pattern NOTE = Pattern.compile("\\s+\\([^)]*\\)$");

    private final StructureClassifier classifier;
    private final Clock clock;
    private final Map<String, List<Name>> names = new HashMap<>();
    private final Map<String, List<Name>> abbreviations = new HashMap<>();
    private final Map<String, List<Substance>> byCas = new HashMap<>();
    private final Map<String, List<Substance>> byHs = new LinkedHashMap<>();
    private final Map<String, Substance> byId = new HashMap<>();
    private final List<Key> fuzzyKeys;
    private final int longestKey;

    /** A name of a substance as the index holds it. */
    private record Name(Substance substance, String text, Basis basis, double score) {
    }

    /** A name key for near-spelling search, with its digits precomputed. */
    private record Key(String key, String digits, Name name) {
    }

    /** A hit before it is built for output: cheap, and merged per substance. */
    private record Found(Substance substance, Basis basis, double score, String matched) {
    }

    /**
     * Indexes {@code catalog}; {@code classifier} reads structures (of the same catalog), {@code clock} gives
     * "today" when a query has no as-of date.
     */
    public GoodsScreener(Catalog catalog, StructureClassifier classifier, Clock clock) {
        this.classifier = classifier;
        this.clock = clock;
        for (Substance s : catalog.substances()) {
            if (s.kind() == SubstanceKind.CLASS) {
                continue;
            }
            byId.put(s.id(), s);
            index(names, new Name(s, s.name(), Basis.NAME, EXACT));
            s.synonyms().forEach(n -> index(names, new Name(s, NOTE.matcher(n).replaceAll(""), Basis.SYNONYM, SYNONYM)));
            s.abbreviations().forEach(n -> index(abbreviations, new Name(s, n, Basis.ABBREVIATION, ABBREVIATION)));
            s.cas().forEach(c -> byCas.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(s));
            s.hs().forEach(h -> byHs.computeIfAbsent(h.value(), k -> new ArrayList<>()).add(s));
        }
        // One edit away from the shortest key searched; sorted so that ties always resolve the same way.
        fuzzyKeys = names.entrySet().stream().filter(e -> e.getKey().length() >= FUZZY_MIN_LENGTH - 1)
                .map(e -> new Key(e.getKey(), e.getKey().replaceAll("\\D", ""), e.getValue().get(0)))
                .sorted(Comparator.comparing(Key::key)).toList();
        longestKey = names.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** A screener of the bundled catalog, as of today. */
    public static GoodsScreener bundled() {
        Catalog catalog = Catalog.bundled();
        return new GoodsScreener(catalog, new StructureClassifier(catalog), Clock.systemUTC());
    }

    private static void index(Map<String, List<Name>> map, Name name) {
        // Names are indexed without their salt words, as descriptions are read: "piperidin-4-one hydrochloride".
        String key = key(FORM.matcher(name.text()).replaceAll(" "));
        List<Name> list = map.computeIfAbsent(key.isEmpty() ? key(name.text()) : key, k -> new ArrayList<>());
        if (list.stream().noneMatch(n -> n.substance() == name.substance())) {
            list.add(name);
        }
    }

    /**
     * Screens one query: its structure when it has one; else its words, a systematic name among them read as a
     * structure, and the catalog structure of a substance found by name.
     */
    public GoodsResult screen(GoodsQuery query) {
        return query.structure() != null ? screen(query, classifier.classify(query.structure()))
                : readingNames(query);
    }

    private static final SystematicNames SYSTEMATIC_NAMES = new SystematicNames();
    // Systematic names carry locants or brackets ("piperidin-4-yl", "[1-(2-phenylethyl)…]"): only such
    // descriptions are worth OPSIN's time.
    private static final Pattern SYSTEMATIC = Pattern.compile("[\\[(]|\\d-[a-z]|-\\d|[a-z]-[a-z]*yl");

    /**
     * Screens a query whose description may hold a systematic chemical name: its structure (read by
     * OPSIN) is classified too, so that an analogue no list names is still found. Said in the warnings.
     */
    private GoodsResult readingNames(GoodsQuery query) {
        String text = query.description();
        if (text != null && SYSTEMATIC.matcher(text).find()) {
            Optional<SystematicNames.Found> found = SYSTEMATIC_NAMES.find(text);
            if (found.isPresent()) {
                try {
                    GoodsResult r = screen(query, classifier.classify(found.get().smiles()));
                    List<String> warnings = new ArrayList<>(r.warnings());
                    warnings.add("structure read from the systematic name '" + found.get().name() + "' (OPSIN)");
                    return new GoodsResult(r.classification(), r.asOf(), r.hits(), r.structure(), warnings);
                } catch (StructureException notOrganic) {
                    // a name of an inorganic or unsupported structure: screen the words alone
                }
            }
        }
        GoodsResult byWords = screen(query, null);
        return withListedStructure(query, byWords);
    }

    /**
     * A substance found by name, abbreviation or CAS whose structure the catalog knows is classified by
     * that structure too: the fentanyl-related class holds "whether or not also listed by name", so
     * acetyl fentanyl found by its name is fentanyl-related, not merely controlled. The structural
     * reading is kept only when it changes the class, so hits keep the basis they were found by.
     */
    private GoodsResult withListedStructure(GoodsQuery query, GoodsResult byWords) {
        for (GoodsHit hit : byWords.hits()) {
            Substance s = byId.get(hit.id());
            if (hit.score() < STRONG || s == null || s.smiles() == null || s.smiles().value() == null) {
                continue;
            }
            try {
                GoodsResult r = screen(query, classifier.classify(s.smiles().value()));
                if (r.classification().equals(byWords.classification())) {
                    return byWords;
                }
                List<String> warnings = new ArrayList<>(r.warnings());
                warnings.add("structure of " + s.name() + " (from the catalog) classified");
                return new GoodsResult(r.classification(), r.asOf(), r.hits(), r.structure(), warnings);
            } catch (StructureException unreadable) {
                // a catalog SMILES CDK cannot read: keep the result by words
            }
        }
        return byWords;
    }

    /** Screens one query with its structure, classified already; {@code structure} may be null. */
    private GoodsResult screen(GoodsQuery query, @Nullable StructureResult structure) {
        LocalDate asOf = query.asOf() != null ? query.asOf() : LocalDate.now(clock);
        List<Found> found = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> form = new ArrayList<>();
        if (query.cas() != null && !query.cas().isBlank()) {
            String cas = query.cas().strip();
            if (CasNumber.isValid(cas)) {
                byCas.getOrDefault(cas, List.of()).forEach(s -> found.add(new Found(s, Basis.CAS, EXACT, cas)));
            } else {
                warnings.add("invalid CAS: " + cas);
            }
        }
        if (query.hs() != null && !query.hs().isBlank()) {
            String digits = query.hs().replaceAll("[^0-9]", "");
            if (digits.length() < 6) {
                warnings.add("invalid HS code: " + query.hs().strip());
            } else {
                hs(digits.substring(0, 4) + "." + digits.substring(4, 6), found, warnings);
            }
        }
        String text = query.description() == null ? "" : normalize(query.description());
        for (CasNumber.Found cas : CasNumber.findAll(text)) {
            if (cas.valid()) {
                byCas.getOrDefault(cas.cas(), List.of()).forEach(s -> found.add(new Found(s, Basis.CAS, EXACT, cas.cas())));
            } else {
                warnings.add("invalid CAS: " + cas.cas());
            }
        }
        text = CasNumber.remove(text);
        text = takeHs(text, HS_DOTTED, m -> m.group(1) + "." + m.group(2), found, warnings);
        text = takeHs(text, HS_LABELLED, m -> m.group(1).substring(0, 4) + "." + m.group(1).substring(4), found,
                warnings);
        Matcher f = FORM.matcher(text);
        while (f.find()) {
            form.add(f.group().toLowerCase(Locale.ROOT));
        }
        names(f.replaceAll(" "), found);
        if (structure != null && structure.listed() != null) {
            found.add(new Found(structure.listed(), Basis.STRUCTURE, EXACT, structure.smiles()));
        }
        if (structure != null) {
            // The grey zones are legal questions: say which policy decided, so a reviewer can overrule it.
            structure.policies().forEach(p -> warnings.add("structure policy " + p.name() + ": " + p.reason()));
        }
        return result(found, form, warnings, asOf, structure);
    }

    private String takeHs(String text, Pattern pattern, Function<Matcher, String> code,
                          List<Found> found, List<String> warnings) {
        Matcher m = pattern.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            hs(code.apply(m), found, warnings);
            m.appendReplacement(rest, " ");
        }
        m.appendTail(rest);
        return rest.toString();
    }

    private void hs(String code, List<Found> found, List<String> warnings) {
        List<Substance> subs = byHs.getOrDefault(code, List.of());
        if (!subs.isEmpty()) {
            warnings.add("HS " + code + " alone is a weak signal: " + subs.size() + " catalog substance(s) fall under it");
        }
        subs.forEach(s -> found.add(new Found(s, Basis.HS, HS_SCORE, code)));
    }

    private void names(String text, List<Found> found) {
        List<String> words = Arrays.stream(WORDS.split(text)).filter(w -> !key(w).isEmpty()).toList();
        // The key of a run is the words' keys joined, as keys drop the spaces: each word is keyed once.
        List<String> keys = words.stream().map(GoodsScreener::key).toList();
        for (int i = 0; i < words.size(); ) {
            int matched = 0;
            // Exact spellings at every length before near ones: "N-phenethyl-4-piperidone A" is the name
            // and a grade, not a near spelling of the name.
            for (int pass = 0; pass < 2 && matched == 0; pass++) {
                for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && matched == 0; n--) {
                    String key = String.join("", keys.subList(i, i + n));
                    if (key.length() > longestKey + 2) {
                        continue;
                    }
                    String span = String.join(" ", words.subList(i, i + n));
                    if (pass == 0 ? exact(key, span, found) : near(key, span, found)) {
                        matched = n;
                    }
                }
            }
            i += Math.max(matched, 1);
        }
    }

    /** Matches one run of words exactly: a name or synonym, or an abbreviation in its own case. */
    private boolean exact(String key, String span, List<Found> found) {
        List<Name> named = names.get(key);
        if (named != null) {
            named.forEach(n -> found.add(new Found(n.substance(), n.basis(), n.score(), span)));
            return true;
        }
        List<Name> abbr = abbreviations.get(key);
        if (abbr != null) {
            String cased = span.replaceAll("[^\\p{L}\\p{N}]", "");
            boolean allCaps = cased.equals(cased.toUpperCase(Locale.ROOT));
            List<Name> hits = abbr.stream().filter(n -> allCaps
                    || n.text().replaceAll("[^\\p{L}\\p{N}]", "").equals(cased)).toList();
            hits.forEach(n -> found.add(new Found(n.substance(), n.basis(), n.score(), span)));
            return !hits.isEmpty();
        }
        return false;
    }

    /** Matches one run of words as a near spelling of a name or synonym. */
    private boolean near(String key, String span, List<Found> found) {
        if (key.length() < FUZZY_MIN_LENGTH) {
            return false;
        }
        int allowed = key.length() >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1;
        String digits = key.replaceAll("\\D", "");
        Name best = null;
        int bestDistance = allowed + 1;
        for (Key k : fuzzyKeys) {
            if (Math.abs(k.key().length() - key.length()) > allowed || !k.digits().equals(digits)) {
                continue;
            }
            int d = distance(key, k.key(), allowed);
            if (d < bestDistance) {
                bestDistance = d;
                best = k.name();
            }
        }
        if (best == null) {
            return false;
        }
        found.add(new Found(best.substance(), best.basis(), best.score() - PER_EDIT * bestDistance, span));
        return true;
    }

    private GoodsResult result(List<Found> found, List<String> form, List<String> warnings, LocalDate asOf,
                               @Nullable StructureResult structure) {
        Map<Substance, Found> best = new LinkedHashMap<>();
        for (Found f : found) {
            best.merge(f.substance(), f, (a, b) -> b.score() > a.score() ? b : a);
        }
        List<GoodsHit> hits = new ArrayList<>();
        boolean precursor = false;
        boolean controlled = false;
        for (Found f : best.values()) {
            Substance s = f.substance();
            List<Control> inForce = s.controls().stream().filter(c -> c.inForceOn(asOf)).toList();
            if (f.score() >= STRONG) {
                precursor |= inForce.stream().anyMatch(c -> c.kind() == ControlKind.PRECURSOR);
                controlled |= inForce.stream().anyMatch(c -> c.kind() == ControlKind.CONTROLLED);
                notes(s, asOf, inForce, warnings);
            }
            Fact cas = s.cas().isEmpty() ? null : s.cas().get(0);
            hits.add(new GoodsHit(s.id(), s.name(), s.kind(), cas == null ? null : cas.value(),
                    cas != null && cas.verified(), s.hs().stream().map(Fact::value).toList(), f.basis(),
                    Math.round(f.score() * 1000) / 1000.0, f.matched(), f.score() >= STRONG ? form : List.of(),
                    inForce.stream().map(GoodsScreener::hitControl).toList(),
                    s.controls().stream().filter(c -> !inForce.contains(c)).map(GoodsScreener::hitControl).toList()));
        }
        hits.sort(Comparator.comparingDouble(GoodsHit::score).reversed().thenComparing(GoodsHit::substance));
        boolean related = structure != null && structure.fentanylRelated();
        precursor |= structure != null && familyInForce(structure.precursorFamily(), asOf);
        GoodsClass classification = related ? GoodsClass.FENTANYL_RELATED : precursor ? GoodsClass.PRECURSOR
                : controlled ? GoodsClass.CONTROLLED : GoodsClass.NONE;
        return new GoodsResult(classification, asOf, hits, structure == null ? null : GoodsStructure.of(structure),
                warnings.stream().distinct().toList());
    }

    /**
     * Whether a family (4-AP's amides, 4-piperidone's acetals…) was controlled on the date: its members
     * share the dates of the parent's family-wide control, so 4-piperidone's salts count only from
     * 2023-05-12. A named precursor's own structure match is judged by its own controls instead.
     */
    private boolean familyInForce(@Nullable String family, LocalDate asOf) {
        String parent = family == null ? null : PrecursorFamily.parentCasOf(family);
        if (parent == null) {
            return false;
        }
        return byCas.getOrDefault(parent, List.of()).stream().flatMap(s -> s.controls().stream())
                .anyMatch(c -> c.kind() == ControlKind.PRECURSOR && c.inForceOn(asOf));
    }

    /** Says what the controls alone do not: not yet in force, watched only, covered by a family listing. */
    private static void notes(Substance s, LocalDate asOf, List<Control> inForce, List<String> warnings) {
        if (s.kind() == SubstanceKind.WATCH) {
            warnings.add(s.name() + ": not controlled; on the watch list for risk scoring");
        }
        for (Control c : s.controls()) {
            if (!inForce.contains(c)) {
                warnings.add(s.name() + ": " + c.jurisdiction() + " " + c.list().value() + " from " + c.since()
                        + ", not in force on " + asOf);
            }
        }
        for (Coverage c : s.coverage()) {
            if (!c.since().isAfter(asOf)) {
                warnings.add(s.name() + ": in the " + c.jurisdiction() + " covered as a " + c.relation() + " of "
                        + c.family() + " since " + c.since() + " (family listing)");
            }
        }
    }

    private static GoodsHit.HitControl hitControl(Control c) {
        List<String> unverified = new ArrayList<>();
        if (!c.list().verified()) {
            unverified.add("list");
        }
        if (!c.sinceVerified()) {
            unverified.add("since");
        }
        return new GoodsHit.HitControl(c.list().value(), c.kind(), c.jurisdiction(), c.since(), c.citation(),
                unverified);
    }

    /** NFKC, one kind of dash, and Greek locant letters spelt out as the lists write them ("α" is "alpha"). */
    private static String normalize(String text) {
        String t = DASHES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("-");
        return t.replace("α", "alpha").replace("β", "beta").replace("γ", "gamma");
    }

    /** Lower case, letters and digits only. */
    static String key(String text) {
        return normalize(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Levenshtein distance, or {@code limit + 1} once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }
}
