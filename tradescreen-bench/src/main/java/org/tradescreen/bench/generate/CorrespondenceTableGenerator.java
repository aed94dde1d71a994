package org.tradescreen.bench.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.tradescreen.match.phonetic.CorrespondenceTable;
import org.tradescreen.match.phonetic.CorrespondenceTables;
import org.tradescreen.match.phonetic.CorrespondenceTrainer;
import org.tradescreen.match.phonetic.NameScript;
import org.tradescreen.match.phonetic.PhoneticToken;

/**
 * Regenerates the shipped {@value CorrespondenceTables#RESOURCE} from the development half of the
 * cross-script evaluation data: one table per script from that script's file, and the pooled table
 * ({@link NameScript#OTHER}) from all six files together. Rows whose native token is not in the file's
 * script, or whose keys are empty, are left out. Run from the project root:
 * <pre>
 * mvn -q package -DskipTests -pl tradescreen-bench -am
 * java -cp tradescreen-bench/target/benchmarks.jar org.tradescreen.bench.generate.CorrespondenceTableGenerator
 * </pre>
 * and check the effect with {@code CrossScriptCrossValidationTest} (held-out folds) before committing;
 * {@code GeneratedResourcesTest} fails while the committed file is not what this writes.
 */
public final class CorrespondenceTableGenerator {

    private static final Path OUTPUT = Path.of("tradescreen-core/src/main/resources/org/tradescreen/match/phonetic",
            CorrespondenceTables.RESOURCE);

    private CorrespondenceTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Path.of(args[0]) : OUTPUT;
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            generate().write(out);
        }
        System.out.printf("wrote %s (%,d bytes)%n", output, Files.size(output));
    }

    /** The tables learned from every development row. */
    public static CorrespondenceTables generate() {
        Map<NameScript, CorrespondenceTable> tables = new EnumMap<>(NameScript.class);
        List<CorrespondenceTrainer.Pair> pooled = new ArrayList<>();
        for (CrossScriptData.Set set : CrossScriptData.Set.values()) {
            List<CorrespondenceTrainer.Pair> pairs = trainingPairs(set, CrossScriptData.prepared(set), i -> true);
            tables.put(set.script, CorrespondenceTrainer.train(pairs));
            pooled.addAll(pairs);
        }
        tables.put(NameScript.OTHER, CorrespondenceTrainer.train(pooled));
        return new CorrespondenceTables(tables);
    }

    /**
     * The chosen rows of a file as key pairs, keeping only rows with a Latin token against a native token
     * in the file's script and letters on both sides.
     */
    static List<CorrespondenceTrainer.Pair> trainingPairs(CrossScriptData.Set set, CrossScriptData.Prepared rows,
            IntPredicate chosen) {
        List<CorrespondenceTrainer.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PhoneticToken latin = rows.latin()[i];
            PhoneticToken other = rows.other()[i];
            if (chosen.test(i) && latin.script() == NameScript.LATIN && other.script() == set.script
                    && !latin.isEmpty() && !other.isEmpty()) {
                pairs.add(new CorrespondenceTrainer.Pair(latin.key(), other.key()));
            }
        }
        return pairs;
    }
}
