package org.tradescreen.match.phonetic;

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

/**
 * Regenerates the shipped {@value CorrespondenceTables#RESOURCE} from the development half of the
 * cross-script evaluation data: one table per script from that script's file, and the pooled table
 * ({@link NameScript#OTHER}) from all six files together. Rows whose native token is not in the file's
 * script, or whose keys are empty, are left out. Run from the project root:
 * <pre>
 * mvn -q -pl tradescreen-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.tradescreen.match.phonetic.CorrespondenceTableGenerator
 * </pre>
 * and check the effect with {@code CrossScriptCrossValidationTest} (held-out folds) before committing.
 */
public final class CorrespondenceTableGenerator {

    static final Path OUTPUT = Path.of("tradescreen-core/src/main/resources/org/tradescreen/match/phonetic",
            CorrespondenceTables.RESOURCE);

    private CorrespondenceTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Path.of(args[0]) : OUTPUT;
        Map<NameScript, CorrespondenceTable> tables = new EnumMap<>(NameScript.class);
        List<CorrespondenceTrainer.Pair> pooled = new ArrayList<>();
        for (CrossScriptData.Set set : CrossScriptData.Set.values()) {
            CrossScriptData.Prepared rows = CrossScriptData.prepared(set);
            List<CorrespondenceTrainer.Pair> pairs = trainingPairs(set, rows, i -> true);
            tables.put(set.script, CorrespondenceTrainer.train(pairs));
            pooled.addAll(pairs);
            System.out.printf("%-8s %,6d training pairs%n", set.script, pairs.size());
        }
        tables.put(NameScript.OTHER, CorrespondenceTrainer.train(pooled));
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            new CorrespondenceTables(tables).write(out);
        }
        System.out.printf("wrote %s (%,d bytes)%n", output, Files.size(output));
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
