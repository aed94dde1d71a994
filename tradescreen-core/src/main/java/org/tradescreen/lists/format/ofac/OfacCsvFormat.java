package org.tradescreen.lists.format.ofac;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tradescreen.lists.format.FormatInfo;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.model.Listing;

/**
 * OFAC's legacy CSV set, one class for both of its lists: a headerless primary file of twelve columns
 * with optional address, alias and comment files beside it, joined on ent_num (the source id). PATH
 * is the primary file or the folder holding it. The companions are joined only when the primary file
 * has its canonical name ({@code sdn.csv}, {@code cons_prim.csv}, in any case): a dated capture such
 * as {@code sdn_2024-05-03.csv} is read alone, since the files beside it need not be of the same day.
 */
public abstract sealed class OfacCsvFormat implements ListFormat permits OfacSdnCsvFormat, OfacConsCsvFormat {

    /**
     * The file names of one set. {@code primaryPattern} is what {@link #recognise} takes for a
     * primary file, dated captures included.
     */
    record Layout(String primary, Pattern primaryPattern, String addresses, String aliases, String comments) {
    }

    /** Recognition scores: the folder, or a named file starting with an entry row. */
    private static final int SURE = 20;
    /** A named file with nothing in it yet to judge. */
    private static final int NAMED = 10;
    /** Any headerless file starting with an entry row, whatever its name. */
    private static final int CONTENT_ONLY = 5;

    private final FormatInfo info;
    private final Listing listing;
    private final Layout layout;
    private final boolean claimsUnnamedFiles;

    /**
     * @param claimsUnnamedFiles whether a file that only looks like a primary file, whatever its
     *                           name, is taken for this list; the two lists' rows look alike, so only
     *                           one of them can claim such files
     */
    OfacCsvFormat(String name, String defaultSource, Listing listing, Layout layout, boolean claimsUnnamedFiles) {
        this.info = new FormatInfo(name, defaultSource);
        this.listing = listing;
        this.layout = layout;
        this.claimsUnnamedFiles = claimsUnnamedFiles;
    }

    @Override
    public final FormatInfo info() {
        return info;
    }

    @Override
    public final int recognise(Path path, String head) {
        try {
            if (Files.isDirectory(path)) {
                return find(path, layout.primary()).isPresent() ? SURE : 0;
            }
        } catch (IOException unreadable) {
            return 0;
        }
        boolean named = layout.primaryPattern().matcher(String.valueOf(path.getFileName())).matches();
        boolean entryRow = startsWithEntryRow(head);
        if (named) {
            return entryRow ? SURE : head.isBlank() ? NAMED : 0;
        }
        return entryRow && claimsUnnamedFiles ? CONTENT_ONLY : 0;
    }

    @Override
    public final ParsedList parse(Path path, ParseOptions options) throws IOException {
        Set set = set(path);
        OfacSetReader reader = new OfacSetReader(options, listing);
        reader.primary(set.primary());
        if (set.addresses().isPresent()) {
            reader.addresses(set.addresses().get());
        }
        if (set.aliases().isPresent()) {
            reader.aliases(set.aliases().get());
        }
        if (set.comments().isPresent()) {
            reader.comments(set.comments().get());
        }
        return reader.result();
    }

    /** The set's files that a load reads, so the store keeps exactly those. */
    @Override
    public final List<Path> inputFiles(Path path) throws IOException {
        Set set = set(path);
        List<Path> files = new java.util.ArrayList<>(List.of(set.primary()));
        set.addresses().ifPresent(files::add);
        set.aliases().ifPresent(files::add);
        set.comments().ifPresent(files::add);
        return files;
    }

    /** The files of one set: the primary file and whichever companions are beside it. */
    private record Set(Path primary, Optional<Path> addresses, Optional<Path> aliases, Optional<Path> comments) {
    }

    private Set set(Path path) throws IOException {
        Path primary = path;
        if (Files.isDirectory(path)) {
            primary = find(path, layout.primary()).orElseThrow(() ->
                    new ListFormatException(path, 0, null, "no " + layout.primary() + " in this folder"));
        }
        // A dated capture (sdn_2024-05-03.csv) is read alone: the files beside it may be of another day.
        if (!String.valueOf(primary.getFileName()).equalsIgnoreCase(layout.primary())) {
            return new Set(primary, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Path folder = primary.getParent() != null ? primary.getParent() : Path.of(".");
        return new Set(primary, find(folder, layout.addresses()), find(folder, layout.aliases()),
                find(folder, layout.comments()));
    }

    /** A file of the folder by name, in any case: OFAC has published both {@code SDN.CSV} and {@code sdn.csv}. */
    private static Optional<Path> find(Path folder, String fileName) throws IOException {
        Path exact = folder.resolve(fileName);
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().equalsIgnoreCase(fileName))
                    .filter(Files::isRegularFile)
                    .findFirst();
        }
    }

    /** Whether the first line reads like {@code 36,"AEROCARIBBEAN AIRLINES",-0- ,…}: 12 cells, an ent_num first. */
    private static boolean startsWithEntryRow(String head) {
        String first = head.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(first))) {
            List<CSVRecord> records = parser.getRecords();
            return records.size() == 1
                    && records.get(0).size() == OfacSetReader.PRIMARY_COLUMNS
                    && OfacSetReader.ENT_NUM.matcher(records.get(0).get(0).strip()).matches();
        } catch (IOException | UncheckedIOException | IllegalStateException notCsv) {
            return false;
        }
    }
}
