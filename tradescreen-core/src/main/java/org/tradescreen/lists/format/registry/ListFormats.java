package org.tradescreen.lists.format.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ListText;
import org.tradescreen.lists.format.bis.BisDplFormat;
import org.tradescreen.lists.format.csl.CslCsvFormat;
import org.tradescreen.lists.format.csl.CslJsonFormat;
import org.tradescreen.lists.format.custom.CustomCsvFormat;
import org.tradescreen.lists.format.eu.EuFsfXmlFormat;
import org.tradescreen.lists.format.ftm.FtmJsonFormat;
import org.tradescreen.lists.format.ofac.OfacConsCsvFormat;
import org.tradescreen.lists.format.ofac.OfacSdnCsvFormat;
import org.tradescreen.lists.format.uk.OfsiXlsxFormat;
import org.tradescreen.lists.format.uk.UkHmtCsvFormat;
import org.tradescreen.lists.format.uk.UkSanctionsListXmlFormat;
import org.tradescreen.lists.format.un.UnXmlFormat;

/** The registry of list formats, by {@code --format} name, with auto-detection. */
public final class ListFormats {

    private static final List<ListFormat> ALL = List.of(
            new CslCsvFormat(),
            new CslJsonFormat(),
            new OfacSdnCsvFormat(),
            new OfacConsCsvFormat(),
            new UnXmlFormat(),
            new UkHmtCsvFormat(),
            new OfsiXlsxFormat(),
            new UkSanctionsListXmlFormat(),
            new EuFsfXmlFormat(),
            new BisDplFormat(),
            new FtmJsonFormat(),
            new CustomCsvFormat());

    private ListFormats() {
    }

    public static List<ListFormat> all() {
        return ALL;
    }

    public static ListFormat byName(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; known: "
                        + ALL.stream().map(ListFormat::name).collect(Collectors.joining(", "))));
    }

    /**
     * The format most sure it can read {@code path}. A folder is judged by the files in it.
     *
     * @throws ListFormatException when no format recognises the file
     */
    public static ListFormat detect(Path path) throws IOException {
        String head = Files.isDirectory(path) ? folderHead(path) : ListText.head(path);
        Optional<ListFormat> best = ALL.stream()
                .filter(f -> f.recognise(path, head) > 0)
                .max(Comparator.comparingInt(f -> f.recognise(path, head)));
        return best.orElseThrow(() -> new ListFormatException(path, 0, null,
                "cannot tell the list format; give --format (one of "
                        + ALL.stream().map(ListFormat::name).collect(Collectors.joining(", ")) + ")"));
    }

    /** For a folder: the names of its files, one a line, which is what CSV-set formats look for. */
    private static String folderHead(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining("\n"));
        }
    }
}
