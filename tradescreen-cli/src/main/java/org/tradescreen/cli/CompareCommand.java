package org.tradescreen.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.BoundedReader;
import org.tradescreen.match.NameComparator;
import org.tradescreen.match.QueryFields;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.score.NameMatch;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.model.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tradescreen compare}: scores two names directly, with the explanation, or every pair of a CSV
 * file ({@code name1,name2[,type]}) into {@code name1,name2,score,match}. Needs no lists.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Score two names against each other, or each pair of a CSV file with --pairs.")
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    TradescreenCommand root;

    @Option(names = "--type", paramLabel = "TYPE", description = "person or organization (sets how extra words count).")
    @Nullable String type;

    @Option(names = "--pairs", paramLabel = "FILE.csv", description = "Compare each row's name1 and name2.")
    @Nullable Path pairs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output CSV for --pairs (default stdout).")
    @Nullable Path output;

    @Parameters(arity = "0..2", paramLabel = "NAME", description = "The two names (without --pairs).")
    java.util.@Nullable List<String> names;

    private final NameComparator comparator = new NameComparator(NameAnalyzer.standard());

    @Override
    public Integer call() throws IOException {
        if (pairs != null) {
            return comparePairs();
        }
        if (names == null || names.size() != 2) {
            throw new UserInputException("give two names, or --pairs FILE.csv");
        }
        EntityType t = QueryFields.type(type, "--");
        NameMatch m = comparator.compare(names.get(0), names.get(1), t);
        boolean match = m.score() >= Tuning.DEFAULT_THRESHOLD;
        if (root.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("name1", names.get(0));
            doc.put("name2", names.get(1));
            doc.put("score", Math.round(m.score() * 10000) / 10000.0);
            doc.put("match", match);
            doc.put("threshold", Tuning.DEFAULT_THRESHOLD);
            doc.put("explanation", m);
            JsonOutput.print(doc);
        } else {
            System.out.printf("%.4f %s%n", m.score(), match ? "match" : "no match");
            m.aligned().forEach(a -> System.out.printf("  %-20s ~ %-20s %.2f %s%n", a.queryToken(), a.listToken(),
                    a.similarity(), a.kind().label()));
            if (!m.unmatchedQuery().isEmpty()) {
                System.out.println("  only in the first: " + String.join(" ", m.unmatchedQuery()));
            }
            if (!m.unmatchedList().isEmpty()) {
                System.out.println("  only in the second: " + String.join(" ", m.unmatchedList()));
            }
        }
        return ExitCodes.OK;
    }

    private int comparePairs() throws IOException {
        try (BoundedReader in = CliFiles.records(pairs, "--pairs");
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180.builder().setHeader()
                     .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()).get();
             Writer w = CliFiles.output(output);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            for (String column : new String[] {"name1", "name2"}) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new UserInputException(pairs + ":1: field " + column + ": missing from the header");
                }
            }
            out.printRecord("name1", "name2", "score", "match");
            for (CSVRecord r : parser) {
                in.endOfRecord(r.getParser().getCurrentLineNumber() + 1);
                String where = pairs.getFileName() + ":" + r.getParser().getCurrentLineNumber() + ": field ";
                EntityType t = QueryFields.type(r.isMapped("type") && r.isSet("type") ? r.get("type") : type, where);
                double score = comparator.compare(r.get("name1"), r.get("name2"), t).score();
                CliFiles.print(out, List.of(r.get("name1"), r.get("name2"), Math.round(score * 10000) / 10000.0,
                        score >= Tuning.DEFAULT_THRESHOLD));
            }
        }
        return ExitCodes.OK;
    }
}
