package org.tradescreen.bench.generate;

import java.io.IOException;
import java.io.Reader;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.bench.SharedFiles;
import org.tradescreen.model.Name;

/**
 * Names to build made-up parties from, read from the shared evaluation sets: given and family names of the people
 * on no list ({@code cgb_negatives_us.csv}, {@code vr_negatives_global.csv}, in many scripts), the names those files
 * write in scripts other than Latin, and the cross-script token pairs (a Latin word and how Arabic, Chinese, Hebrew,
 * Japanese, Korean or Russian write it). Made-up names combine them, so few are anybody's real name.
 */
public final class NamePools {

    /** Words of company names besides the people's names they often carry. */
    public static final String[] TRADE = {"Global", "Trading", "Logistics", "Export", "Import", "Industrial",
        "Technology", "Metals", "Chemical", "Shipping", "Holdings", "Machinery", "Electronics", "Textile", "Agro",
        "Energy", "Marine", "Pharma", "Supply", "International", "Engineering", "Systems", "Precision", "Foods"};
    public static final String[] FORMS = {"LLC", "Ltd", "Co., Ltd.", "GmbH", "S.A.", "Inc.", "Limited", "B.V.",
        "S.r.l.", "JSC", "Pte Ltd", "FZE"};
    public static final String[] COUNTRIES = {"US", "DE", "FR", "GB", "CN", "IN", "BR", "TR", "AE", "NL", "IT",
        "ES", "MX", "JP", "KR", "RU", "PL", "VN", "ZA", "EG"};
    private static final String[] SCRIPTS = {"arabic", "chinese", "hebrew", "katakana", "korean", "russian"};

    private final List<String> given = new ArrayList<>();
    private final List<String> family = new ArrayList<>();
    /** The same names by the script they are written in, to make names of one script. */
    private final Map<UnicodeScript, List<String>> givenIn = new EnumMap<>(UnicodeScript.class);
    private final Map<UnicodeScript, List<String>> familyIn = new EnumMap<>(UnicodeScript.class);
    private final List<String> written = new ArrayList<>();
    /** Per script: a lower-case Latin word to how that script writes it. */
    private final List<Map<String, String>> inScript = new ArrayList<>();

    private NamePools() {
    }

    /** The pools of these people files (below the shared data) and of every cross-script file. */
    public static NamePools load(String... peopleFiles) throws IOException {
        NamePools pools = new NamePools();
        for (String file : peopleFiles) {
            pools.readPeople(SharedFiles.path(file));
        }
        for (String script : SCRIPTS) {
            Map<String, String> words = new HashMap<>();
            for (String line : Files.readAllLines(SharedFiles.path("eval/cross-script/wd_" + script + "_20.tsv"))) {
                String[] f = line.split("\t");
                if (f.length >= 2) {
                    // the Chinese and Japanese files space their characters apart
                    words.putIfAbsent(f[0].toLowerCase(Locale.ROOT),
                            script.equals("chinese") || script.equals("katakana") ? f[1].replace(" ", "") : f[1]);
                }
            }
            pools.inScript.add(words);
        }
        return pools;
    }

    private void readPeople(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (!r.get("first_name").isBlank() && !r.get("last_name").isBlank()) {
                    given.add(r.get("first_name"));
                    family.add(r.get("last_name"));
                    UnicodeScript script = Name.scriptOf(r.get("full_name"));
                    givenIn.computeIfAbsent(script, k -> new ArrayList<>()).add(r.get("first_name"));
                    familyIn.computeIfAbsent(script, k -> new ArrayList<>()).add(r.get("last_name"));
                }
                if (!r.get("full_name").chars().allMatch(c -> c < 0x250)) {
                    written.add(r.get("full_name"));
                }
            }
        }
    }

    public String given(Random random) {
        return given.get(random.nextInt(given.size()));
    }

    public String family(Random random) {
        return family.get(random.nextInt(family.size()));
    }

    /**
     * A given and a family name of two people written in the same script, the script drawn as often as the files
     * hold it: {given, family}.
     */
    public String[] person(Random random) {
        UnicodeScript script = Name.scriptOf(given.get(random.nextInt(given.size())));
        List<String> givens = in(givenIn, script);
        List<String> families = in(familyIn, script);
        return new String[] {givens.get(random.nextInt(givens.size())), families.get(random.nextInt(families.size()))};
    }

    /** The names of that script, else the Latin ones. */
    private static List<String> in(Map<UnicodeScript, List<String>> byScript, UnicodeScript script) {
        List<String> names = byScript.get(script);
        return names != null ? names : Objects.requireNonNull(byScript.get(UnicodeScript.LATIN), "no Latin names");
    }

    /** A family name written in Latin letters. */
    public String latinFamily(Random random) {
        List<String> families = in(familyIn, UnicodeScript.LATIN);
        return families.get(random.nextInt(families.size()));
    }

    /** A whole name as the files write it in a script other than Latin. */
    public String written(Random random) {
        return written.get(random.nextInt(written.size()));
    }

    /**
     * The name written word by word in one script chosen at random, when that script's pairs know every word; else
     * empty.
     */
    public Optional<String> inAnotherScript(String name, Random random) {
        Map<String, String> words = inScript.get(random.nextInt(inScript.size()));
        StringBuilder out = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
            String rendered = words.get(word);
            if (rendered == null) {
                return Optional.empty();
            }
            out.append(out.isEmpty() ? "" : " ").append(rendered);
        }
        return Optional.of(out.toString());
    }

    public static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }
}
