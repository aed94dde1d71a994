package org.tradescreen.bench.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.goods.catalog.Catalog;
import org.tradescreen.goods.catalog.Control;
import org.tradescreen.goods.catalog.ControlKind;
import org.tradescreen.goods.catalog.Coverage;
import org.tradescreen.goods.catalog.Fact;
import org.tradescreen.goods.catalog.Substance;
import org.tradescreen.goods.catalog.SubstanceKind;

/**
 * Writes the bundled {@code catalog.json} of tradescreen-goods from the reference file
 * {@code shared/data/chem/controlled_chemicals.csv}, deterministically: substances in the order of their first row,
 * controls in row order. Run it from the project root with
 * <pre>
 * mvn -q package -DskipTests -pl tradescreen-bench -am
 * java -cp tradescreen-bench/target/benchmarks.jar org.tradescreen.bench.generate.CatalogGenerator \
 *     ../shared/data/chem/controlled_chemicals.csv
 * </pre>
 * and {@code GeneratedResourcesTest} checks, on every build, that the committed file is what this writes.
 *
 * <p>The rules:
 * <ul>
 *   <li>Rows are one substance when they share a CAS number or, lacking one, a name or synonym
 *       ("Cyclopropyl fentanyl" and "Cyclopropylfentanyl"), or lacking both, a SMILES. A row naming two CAS numbers of known
 *       substances (China's 4-piperidone and 1-boc-4-piperidone) adds its control to both.</li>
 *   <li>{@code unverified_fields} sets the {@code verified} flags: {@code cas}, {@code hs_code}, {@code smiles},
 *       {@code list_schedule} and {@code control_date} by name, and "all fields" for all of them. A date given
 *       as a year or a month only is also unverified, and read as its first day.</li>
 *   <li>A row "regulated as a carbamate of X since D" whose notes give "Specific listing effective D2" is in
 *       force by name from D2; the family coverage from D is kept apart as a {@link Coverage}.</li>
 *   <li>"not controlled" rows make a {@code watch} substance without controls; a "(class)" row a {@code class}.</li>
 * </ul>
 */
public final class CatalogGenerator {

    /** The committed file, from the project root. */
    private static final Path RESOURCE = Path.of("tradescreen-goods/src/main/resources/org/tradescreen/goods/catalog/catalog.json");
    private static final String SOURCE = "shared/data/chem/controlled_chemicals.csv";

    private static final Pattern PRECURSOR = Pattern.compile("\\bList II?\\b|\\bTable II?\\b|precursor");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
    private static final Pattern FAMILY = Pattern.compile("regulated as (\\w+) of (\\S+) since (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern SPECIFIC = Pattern.compile("Specific listing effective (\\d{4}-\\d{2}-\\d{2})");
    /** An abbreviation: one word, with at least two capitals (NPP, 4-AP, 1-boc-4-AP, Fu-F). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?=(?:\\S*\\p{Lu}){2})\\S{2,12}");

    private CatalogGenerator() {
    }

    /** Writes the catalog to {@code args[1]} (default {@link #RESOURCE}) from {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        write(generate(Path.of(args[0])), args.length > 1 ? Path.of(args[1]) : RESOURCE);
    }

    public static String json(Catalog catalog) throws IOException {
        return Catalog.mapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
                .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(catalog) + "\n";
    }

    private static void write(Catalog catalog, Path out) throws IOException {
        Files.writeString(out, json(catalog), StandardCharsets.UTF_8);
    }

    /** Builds the catalog from the reference CSV. */
    public static Catalog generate(Path csv) throws IOException {
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        Builder b = new Builder();
        // Single-CAS rows first, so that a row naming several known CAS numbers finds their substances.
        rows.stream().filter(r -> !r.get("cas").contains("|")).forEach(b::add);
        rows.stream().filter(r -> r.get("cas").contains("|")).forEach(b::add);
        return new Catalog(Catalog.FORMAT, SOURCE, b.substances.stream().map(Draft::build).toList());
    }

    /** A substance being assembled from its rows. */
    private static final class Draft {
        final String name;
        final SubstanceKind kind;
        final Set<String> names = new LinkedHashSet<>();
        final Map<String, Boolean> cas = new LinkedHashMap<>();
        final Map<String, Boolean> hs = new LinkedHashMap<>();
        String smiles;
        boolean smilesVerified;
        final List<Control> controls = new ArrayList<>();
        final List<Coverage> coverage = new ArrayList<>();
        String id;

        Draft(String name, SubstanceKind kind) {
            this.name = name;
            this.kind = kind;
        }

        Substance build() {
            List<String> synonyms = new ArrayList<>();
            List<String> abbreviations = new ArrayList<>();
            for (String n : names) {
                if (!key(n).equals(key(name))) {
                    (ABBREVIATION.matcher(n).matches() ? abbreviations : synonyms).add(n);
                }
            }
            return new Substance(id, name, kind, synonyms, abbreviations, facts(cas), facts(hs),
                    smiles == null ? null : new Fact(smiles, smilesVerified), controls, coverage);
        }

        private static List<Fact> facts(Map<String, Boolean> values) {
            return values.entrySet().stream().map(e -> new Fact(e.getKey(), e.getValue())).toList();
        }
    }

    private static final class Builder {
        final List<Draft> substances = new ArrayList<>();
        final Map<String, Draft> byCas = new HashMap<>();
        final Map<String, Draft> byName = new HashMap<>();
        final Map<String, Draft> bySmiles = new HashMap<>();
        final Set<String> ids = new LinkedHashSet<>();

        void add(CSVRecord row) {
            List<String> cas = split(row.get("cas"));
            Set<String> unverified = unverified(row.get("unverified_fields"));
            List<Draft> targets = targets(row, cas);
            boolean shared = targets.size() > 1;
            for (Draft d : targets) {
                if (!shared) {
                    // A row shared by several substances names the group, not any one of them.
                    for (String c : cas) {
                        d.cas.merge(c, !unverified.contains("cas"), Boolean::logicalOr);
                        byCas.put(c, d);
                    }
                    addNames(d, row);
                }
                for (String h : split(row.get("hs_code"))) {
                    d.hs.merge(h, !unverified.contains("hs_code"), Boolean::logicalOr);
                }
                String smiles = row.get("smiles").strip();
                if (d.smiles == null && !smiles.isEmpty()) {
                    d.smiles = smiles;
                    d.smilesVerified = !unverified.contains("smiles");
                    bySmiles.putIfAbsent(smiles, d);
                }
                control(row, unverified, d);
            }
        }

        /** The substances a row belongs to, created when new. */
        private List<Draft> targets(CSVRecord row, List<String> cas) {
            if (cas.size() > 1 && cas.stream().allMatch(byCas::containsKey)) {
                return cas.stream().map(byCas::get).toList();
            }
            for (String c : cas) {
                if (byCas.containsKey(c)) {
                    return List.of(byCas.get(c));
                }
            }
            for (String n : names(row)) {
                Draft d = byName.get(key(n));
                if (d != null && (cas.isEmpty() || d.cas.isEmpty())) {
                    return List.of(d);
                }
            }
            // The hand-written SMILES carry no stereo, so they join rows only where CAS numbers cannot
            // tell them apart: "4-Fluoroisobutyrfentanyl" (UN) is "4-Fluoroisobutyryl fentanyl" (US), but
            // ephedrine is not pseudoephedrine.
            Draft same = bySmiles.get(row.get("smiles").strip());
            if (same != null && (cas.isEmpty() || same.cas.isEmpty())) {
                return List.of(same);
            }
            String name = row.get("name").strip();
            String listed = row.get("list_schedule");
            Draft d = new Draft(name, name.endsWith("(class)") ? SubstanceKind.CLASS
                    : listed.startsWith("not controlled") ? SubstanceKind.WATCH : SubstanceKind.SUBSTANCE);
            String id = slug(name);
            for (int i = 2; !ids.add(id); i++) {
                id = slug(name) + "-" + i;
            }
            d.id = id;
            substances.add(d);
            return List.of(d);
        }

        private void addNames(Draft d, CSVRecord row) {
            for (String n : names(row)) {
                d.names.add(n);
                byName.putIfAbsent(key(n), d);
            }
        }

        private static void control(CSVRecord row, Set<String> unverified, Draft d) {
            String listed = row.get("list_schedule").strip();
            if (listed.startsWith("not controlled")) {
                return;
            }
            String dateText = row.get("control_date").strip();
            Matcher family = FAMILY.matcher(listed);
            Matcher specific = SPECIFIC.matcher(row.get("notes"));
            if (family.find() && specific.find()) {
                d.coverage.add(new Coverage(family.group(1), family.group(2), row.get("jurisdiction"),
                        LocalDate.parse(family.group(3))));
                dateText = specific.group(1);
            }
            Matcher date = DATE.matcher(dateText);
            LocalDate since = null;
            boolean exact = false;
            if (date.find()) {
                exact = date.group(3) != null;
                since = LocalDate.of(Integer.parseInt(date.group(1)),
                        date.group(2) == null ? 1 : Integer.parseInt(date.group(2)),
                        date.group(3) == null ? 1 : Integer.parseInt(date.group(3)));
            }
            d.controls.add(new Control(new Fact(listed, !unverified.contains("list_schedule")),
                    PRECURSOR.matcher(listed).find() ? ControlKind.PRECURSOR : ControlKind.CONTROLLED,
                    row.get("jurisdiction").strip(), since, exact && !unverified.contains("control_date"),
                    dateText, row.get("source").strip()));
        }
    }

    private static List<String> names(CSVRecord row) {
        List<String> names = new ArrayList<>();
        names.add(row.get("name").strip());
        names.addAll(split(row.get("synonyms")));
        return names;
    }

    /** The field names of {@code unverified_fields}; "all fields…" stands for every field. */
    static Set<String> unverified(String text) {
        Set<String> fields = new LinkedHashSet<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : (text + ",").toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                String field = part.toString().replaceAll("\\(.*", "").strip();
                if (field.startsWith("all fields")) {
                    fields.addAll(List.of("cas", "hs_code", "smiles", "list_schedule", "control_date"));
                } else if (!field.isEmpty()) {
                    fields.add(field);
                }
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        return fields;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
