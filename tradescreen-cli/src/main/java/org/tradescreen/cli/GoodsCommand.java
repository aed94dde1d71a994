package org.tradescreen.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.tradescreen.goods.describe.GoodsClass;
import org.tradescreen.goods.describe.GoodsHit;
import org.tradescreen.goods.describe.GoodsQuery;
import org.tradescreen.goods.describe.GoodsResult;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.goods.describe.GoodsStructure;
import org.tradescreen.goods.structure.Molecule;
import org.tradescreen.goods.structure.StructureException;
import org.tradescreen.io.BoundedReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tradescreen goods}: screens a goods description, CAS number, HS code or chemical structure against the
 * controlled-chemicals catalog, or every row of a CSV file with {@code --file}. A structure also decides the
 * fentanyl-related-substance class and the precursor families. Exits 1 when a fentanyl-related substance, precursor
 * or controlled substance is found (in any row), 0 otherwise. It needs no data directory: the catalog ships with
 * the product.
 */
@Command(name = "goods", mixinStandardHelpOptions = true,
        description = "Screen goods (a description, CAS number, HS code or structure) against the controlled-chemicals catalog;"
                + " exit 1 on a fentanyl-related substance, precursor or controlled substance.")
final class GoodsCommand implements Callable<Integer> {

    private static final List<String> OUTPUT = List.of("id", "class", "substance", "cas", "basis", "controls",
            "warnings", "error");
    private static final List<String> INPUT = List.of("description", "cas", "hs", "smiles");
    /** A 500-atom molfile is about 40 KB. */
    private static final long MAX_MOLFILE_BYTES = 1 << 20;

    @ParentCommand
    TradescreenCommand root;

    @Option(names = "--cas", paramLabel = "X", description = "A declared CAS number.")
    @Nullable String cas;

    @Option(names = "--hs", paramLabel = "CODE", description = "A declared HS code, e.g. 2933.39.")
    @Nullable String hs;

    @Option(names = "--smiles", paramLabel = "S", description = "The structure as SMILES; salts and hydrates are stripped.")
    @Nullable String smiles;

    @Option(names = "--inchi", paramLabel = "I", description = "The structure as InChI (InChI=1S/…).")
    @Nullable String inchi;

    @Option(names = "--molfile", paramLabel = "F", description = "The structure as an MDL molfile (V2000).")
    @Nullable Path molfile;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Count only the controls in force on that day (default today).")
    @Nullable LocalDate asOf;

    @Option(names = "--file", paramLabel = "FILE.csv",
            description = "Screen every row of a CSV with a header: id and any of description,cas,hs,smiles;"
                    + " the output lists each row's strong hits, joined by '; '.")
    @Nullable Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output CSV for --file (default stdout).")
    @Nullable Path output;

    @Parameters(paramLabel = "DESCRIPTION", arity = "0..1", description = "The goods description.")
    @Nullable String description;

    @Override
    public Integer call() throws IOException {
        GoodsScreener screener = GoodsScreener.bundled();
        boolean structure = smiles != null || inchi != null || molfile != null;
        if (file != null) {
            if (description != null || cas != null || hs != null || structure) {
                throw new UserInputException("--file screens the file's rows: give no DESCRIPTION, --cas, --hs,"
                        + " --smiles, --inchi or --molfile with it");
            }
            return file(screener);
        }
        if (description == null && cas == null && hs == null && !structure) {
            throw new UserInputException("give a DESCRIPTION, --cas, --hs, --smiles, --inchi, --molfile or --file");
        }
        GoodsResult result = screener.screen(new GoodsQuery(description, cas, hs, structure ? molecule() : null, asOf));
        if (root.json) {
            JsonOutput.print(result);
        } else {
            print(result);
        }
        return result.controlled() ? ExitCodes.HIT : ExitCodes.OK;
    }

    /** The one structure option given, parsed; a structure that cannot be read is a usage error naming the option. */
    private @Nullable Molecule molecule() throws IOException {
        String molfileText = null;
        if (molfile != null) {
            CliFiles.regular(molfile, "--molfile");
            if (Files.size(molfile) > MAX_MOLFILE_BYTES) {
                throw new UserInputException("--molfile: " + molfile + ": " + Files.size(molfile) + " bytes; a molfile"
                        + " of a structure tradescreen reads (at most 500 atoms) is far smaller than " + MAX_MOLFILE_BYTES);
            }
            molfileText = Files.readString(molfile, StandardCharsets.UTF_8);
        }
        try {
            return Molecule.ofOne(smiles, inchi, molfileText);
        } catch (StructureException e) {
            String option = inchi != null ? "--inchi: " : smiles != null ? "--smiles: " : "--molfile: " + molfile + ": ";
            throw new UserInputException(option + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("give one of --smiles, --inchi, --molfile");
        }
    }

    private static void print(GoodsResult r) {
        System.out.printf("class: %s (as of %s)%n", r.classification(), r.asOf());
        if (r.structure() != null) {
            GoodsStructure s = r.structure();
            System.out.printf("structure: %s  fentanyl-related: %s%s%s%n", s.smiles(), s.fentanylRelated(),
                    s.modifications().isEmpty() ? "" : "  modifications: " + s.modifications(),
                    s.precursorFamily() == null ? "" : "  precursor family: " + s.precursorFamily());
        }
        for (GoodsHit h : r.hits()) {
            System.out.printf("  %.3f  %s%s  by %s \"%s\"%s%n", h.score(), h.substance(),
                    h.cas() == null ? "" : "  CAS " + h.cas(), h.basis(), h.matched(),
                    h.form().isEmpty() ? "" : " (" + String.join(", ", h.form()) + ")");
            for (GoodsHit.HitControl c : h.controls()) {
                System.out.printf("         %s %s%s%s%n", c.jurisdiction(), c.list(),
                        c.since() == null ? "" : " since " + c.since(),
                        c.unverified().isEmpty() ? "" : " (unverified: " + String.join(", ", c.unverified()) + ")");
            }
        }
        r.warnings().forEach(w -> System.out.println("warning: " + w));
    }

    private int file(GoodsScreener screener) throws IOException {
        long rows = 0;
        long controlled = 0;
        try (BoundedReader reader = CliFiles.records(file, "--file");
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180.builder().setHeader()
                     .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get()).get();
             Writer out = CliFiles.output(output);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.containsKey("id") || INPUT.stream().noneMatch(header::containsKey)) {
                throw new UserInputException(file + ":1: field " + (header.containsKey("id") ? "description" : "id")
                        + ": the header needs id and any of description,cas,hs,smiles (found " + header.keySet() + ")");
            }
            printer.printRecord(OUTPUT);
            for (CSVRecord r : parser) {
                reader.endOfRecord(r.getParser().getCurrentLineNumber() + 1);
                List<String> row = row(r, screener);
                CliFiles.print(printer, row);
                rows++;
                if (!row.get(1).isEmpty() && !GoodsClass.NONE.code().equals(row.get(1))) {
                    controlled++;
                }
            }
        }
        System.err.printf("tradescreen: screened %d rows, %d with a precursor or controlled substance%n", rows,
                controlled);
        return controlled > 0 ? ExitCodes.HIT : ExitCodes.OK;
    }

    /** One output row; a row that cannot be screened gets its error, and the batch goes on. */
    private List<String> row(CSVRecord r, GoodsScreener screener) {
        String id = cell(r, "id");
        String where = file.getFileName() + ":" + r.getParser().getCurrentLineNumber() + ": field ";
        try {
            if (id == null) {
                throw new UserInputException(where + "id: empty");
            }
            if (!r.isConsistent()) {
                throw new UserInputException(where + "id: " + r.size() + " columns, the header has "
                        + r.getParser().getHeaderMap().size());
            }
            String d = cell(r, "description");
            String c = cell(r, "cas");
            String h = cell(r, "hs");
            String sm = cell(r, "smiles");
            if (d == null && c == null && h == null && sm == null) {
                throw new UserInputException(where + "description: empty (and no "
                        + (r.isMapped("smiles") ? "cas, hs or smiles)" : "cas or hs)"));
            }
            Molecule structure;
            try {
                structure = sm == null ? null : Molecule.smiles(sm);
            } catch (StructureException e) {
                throw new UserInputException(where + "smiles: " + e.getMessage());
            }
            GoodsResult result = screener.screen(new GoodsQuery(d, c, h, structure, asOf));
            // Every strong hit, so that "acetone and NPP" shows NPP; else the best weak one.
            List<GoodsHit> strong = result.hits().stream().filter(x -> x.score() >= GoodsScreener.STRONG).toList();
            List<GoodsHit> shown = strong.isEmpty() && !result.hits().isEmpty() ? result.hits().subList(0, 1) : strong;
            return List.of(id, result.classification().code(), join(shown, GoodsHit::substance),
                    join(shown, x -> x.cas() == null ? "" : x.cas()), join(shown, x -> x.basis().code()),
                    shown.stream().map(x -> controls(x, shown.size() > 1)).filter(x -> !x.isEmpty())
                            .collect(Collectors.joining("; ")),
                    String.join("; ", result.warnings()), "");
        } catch (UserInputException | IllegalArgumentException e) {
            System.err.println("tradescreen: note: " + e.getMessage());
            return List.of(id == null ? "" : id, "", "", "", "", "", "", e.getMessage());
        }
    }

    private static String join(List<GoodsHit> hits, Function<GoodsHit, String> field) {
        return hits.stream().map(field).collect(Collectors.joining("; "));
    }

    private static String controls(GoodsHit hit, boolean named) {
        return hit.controls().stream().map(c -> (named ? hit.substance() + ": " : "") + c.jurisdiction() + " "
                + c.list() + (c.since() == null ? "" : " since " + c.since())).collect(Collectors.joining("; "));
    }

    private static @Nullable String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) && !r.get(column).isBlank() ? r.get(column) : null;
    }
}
