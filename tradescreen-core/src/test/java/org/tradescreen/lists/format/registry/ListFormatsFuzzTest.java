package org.tradescreen.lists.format.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.tradescreen.lists.format.ListFormat;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;

/**
 * Every list format reader on fuzzed files. The property: a file parses, or fails with a {@link ListFormatException}
 * that names the file; nothing else escapes (no parser exception of a library, no runtime error of ours), and nothing
 * hangs or fills the heap (the per-input timeout and the heap of a long run, see docs/reliability.md).
 *
 * <p>An input is the file's bytes followed by two bytes that {@link FuzzedDataProvider} reads from the end: the
 * format (last byte, an index into the target's list below) and whether to parse leniently (the byte before it, low
 * bit). A CSV set (OFAC) splits its bytes on NUL into the primary file, addresses, aliases and comments; a workbook
 * splits them on NUL into the sheet's XML and its shared strings, which are packed into an XLSX around them.
 * {@code fuzz/run-long} writes seeds of this shape from the real lists.
 */
class ListFormatsFuzzTest {

    /** The delimited and tabular formats, in the order the selector byte picks them. */
    static final List<String> TABULAR = List.of("ofac-csv", "ofac-cons-csv", "csl-csv", "uk-hmt-csv", "bis-dpl",
            "custom-csv", "ofsi-xlsx");

    /** The XML and JSON formats, in the order the selector byte picks them. */
    static final List<String> MARKUP = List.of("un-xml", "eu-fsf-xml", "uk-sanctions-list-xml", "csl-json",
            "ftm-json");

    private static final Path DIR = tempDir();

    @FuzzTest(maxDuration = "10m")
    void tabularFiles(FuzzedDataProvider data) throws IOException {
        parse(TABULAR, data);
    }

    @FuzzTest(maxDuration = "10m")
    void markupFiles(FuzzedDataProvider data) throws IOException {
        parse(MARKUP, data);
    }

    private static void parse(List<String> formats, FuzzedDataProvider data) throws IOException {
        ListFormat format = ListFormats.byName(formats.get(data.consumeInt(0, formats.size() - 1)));
        boolean lenient = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        Path input = write(format.name(), bytes);
        try {
            ParsedList parsed = format.parse(input, new ParseOptions("fuzz", lenient));
            assertThat(parsed.entities()).doesNotContainNull();
            parsed.entities().forEach(e -> assertThat(e.primaryName()).isNotNull());
        } catch (ListFormatException e) {
            assertNamesTheFile(e);
        }
        try {
            ListFormats.detect(input);
        } catch (ListFormatException e) {
            assertNamesTheFile(e);
        }
    }

    private static void assertNamesTheFile(ListFormatException e) {
        assertThat(e.file()).as("the file of: %s", e.getMessage()).isNotNull();
        assertThat(e.getMessage()).startsWith(String.valueOf(e.file()));
        assertThat(e.file().toAbsolutePath().normalize().startsWith(DIR)).as(e.getMessage()).isTrue();
    }

    /** Writes the input where the format expects it; returns the path to parse (a file, or the folder of a set). */
    private static Path write(String format, byte[] bytes) throws IOException {
        Path dir = DIR.resolve(format);
        clear(dir);
        Files.createDirectories(dir);
        return switch (format) {
            case "ofac-csv" -> set(dir, bytes, "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
            case "ofac-cons-csv" -> set(dir, bytes, "cons_prim.csv", "cons_add.csv", "cons_alt.csv",
                    "cons_comments.csv");
            case "ofsi-xlsx" -> workbook(dir.resolve("ConList.xlsx"), split(bytes, 2));
            case "bis-dpl" -> Files.write(dir.resolve("dpl.txt"), bytes);
            case "un-xml", "eu-fsf-xml", "uk-sanctions-list-xml" -> Files.write(dir.resolve("list.xml"), bytes);
            case "csl-json", "ftm-json" -> Files.write(dir.resolve("list.json"), bytes);
            default -> Files.write(dir.resolve("list.csv"), bytes);
        };
    }

    private static Path set(Path dir, byte[] bytes, String... names) throws IOException {
        byte[][] parts = split(bytes, names.length);
        for (int i = 0; i < names.length; i++) {
            if (parts[i] != null) {
                Files.write(dir.resolve(names[i]), parts[i]);
            }
        }
        return dir;
    }

    /** At most {@code n} parts separated by NUL (the last takes the rest); the parts that are not there are null. */
    static byte[][] split(byte[] bytes, int n) {
        byte[][] parts = new byte[n][];
        int start = 0;
        for (int i = 0; i < n && start <= bytes.length; i++) {
            int end = start;
            if (i == n - 1) {
                end = bytes.length;
            }
            while (end < bytes.length && bytes[end] != 0) {
                end++;
            }
            parts[i] = Arrays.copyOfRange(bytes, start, end);
            start = end + 1;
        }
        return parts;
    }

    /** An XLSX package around a fuzzed sheet (and shared strings, when given). */
    private static Path workbook(Path file, byte[][] parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\""
                    + "/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/relationships\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                    + "</workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
                    + "worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", parts[0]);
            if (parts[1] != null) {
                entry(zip, "xl/sharedStrings.xml", parts[1]);
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        entry(zip, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void clear(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("tradescreen-fuzz").toAbsolutePath().normalize();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    clear(dir);
                } catch (IOException ignored) {
                    // a temporary folder left behind
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
