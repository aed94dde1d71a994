package org.tradescreen.lists.format.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.XlsxTable;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

@NeedsSharedData
class OfsiXlsxFormatTest {

    private static final Path APRIL_10 = SharedData.lists("uk-sanctions-list/ofsi_ConList_2022format_2025-04-10.xlsx");
    private static final Path APRIL_14 = SharedData.lists("uk-sanctions-list/ofsi_ConList_2022format_2025-04-14.xlsx");
    private static final Path JUNE_2023 = SharedData.lists(
            "uk-sanctions-list/ofsi_ConList_2022format_2023-06-05_excel-resaved.xlsx");
    private static final ParseOptions STRICT = new ParseOptions("uk-hmt", false);

    private static ParsedList april10;
    private static XlsxTable april10Rows;

    @TempDir
    Path dir;

    @BeforeAll
    static void parse() throws IOException {
        april10 = new OfsiXlsxFormat().parse(APRIL_10, STRICT);
        april10Rows = XlsxTable.read(APRIL_10, "Group ID");
    }

    @Test
    void everyFile_oneEntityPerGroup_withItsLastUpdatedDate() throws IOException {
        assertThat(ListFormats.detect(APRIL_10)).isInstanceOf(OfsiXlsxFormat.class);
        assertThat(april10.entities()).hasSize(4686);
        assertThat(april10.statedPublished()).contains(LocalDate.of(2025, 4, 10));
        assertThat(april10.problems()).isEmpty();
        ParsedList april14 = new OfsiXlsxFormat().parse(APRIL_14, STRICT);
        assertThat(april14.entities()).hasSize(4688);
        assertThat(april14.statedPublished()).contains(LocalDate.of(2025, 4, 14));
        // re-saved by Excel: CR LF inside cells, same columns
        ParsedList june2023 = new OfsiXlsxFormat().parse(JUNE_2023, STRICT);
        assertThat(june2023.entities()).hasSize(3993);
        assertThat(june2023.statedPublished()).contains(LocalDate.of(2023, 6, 5));
        assertThat(april10.entities()).extracting(Entity::type).filteredOn(t -> t == EntityType.UNKNOWN).isEmpty();
    }

    /** Every one of the 18,796 rows: its name is on its group's entity, weak exactly when "Low quality". */
    @Test
    void everyRow_isANameOfItsGroup_withItsQualityScriptAndPassport() {
        Map<String, Entity> byId = april10.entities().stream().collect(Collectors.toMap(Entity::sourceId, e -> e));
        int[] rows = {0};
        april10Rows.forEach(false, row -> {
            rows[0]++;
            Entity e = byId.get(row.get("Group ID"));
            String name = IntStream.rangeClosed(1, 6).mapToObj(i -> row.get("Name " + i)).filter(Objects::nonNull)
                    .collect(Collectors.joining(" ")).replaceAll("\\s+", " ");
            List<Name> same = e.names().stream().filter(n -> n.value().equals(name)).toList();
            assertThat(same).as(e.id() + " " + name).isNotEmpty();
            String quality = Objects.requireNonNullElse(row.get("Alias Quality"), "");
            if (same.size() == 1 && same.get(0).kind() != NameKind.PRIMARY) {
                assertThat(same.get(0).weak()).as(e.id() + " " + name)
                        .isEqualTo(quality.toLowerCase(Locale.ROOT).contains("low"));
            }
            if (row.get("Name Non-Latin Script") != null) {
                assertThat(e.names()).extracting(Name::value).as(e.id()).contains(row.get("Name Non-Latin Script"));
            }
            if (row.get("Passport Number") != null && row.get("Passport Number").matches("[A-Za-z0-9]*\\d[A-Za-z0-9]*")) {
                assertThat(e.identifiers()).extracting(Identifier::value).as(e.id()).contains(row.get("Passport Number"));
            }
        });
        assertThat(rows[0]).isEqualTo(18796);
        assertThat(april10.entities()).flatExtracting(Entity::names).filteredOn(Name::weak).hasSizeGreaterThan(100);
        assertThat(april10.entities()).flatExtracting(Entity::names).extracting(Name::script)
                .contains(Character.UnicodeScript.ARABIC, Character.UnicodeScript.CYRILLIC);
    }

    @Test
    void aTarget_withCrossReferenceDatesAndDocuments() {
        Entity haq = april10.entities().stream().filter(e -> e.sourceId().equals("15672")).findFirst().orElseThrow();
        assertThat(haq.type()).isEqualTo(EntityType.PERSON);
        assertThat(haq.identifiers()).extracting(Identifier::type, Identifier::value)
                .contains(tuple("UK Sanctions List ID", "GHR0086"));
        assertThat(haq.listing().listedOn()).isEqualTo(LocalDate.of(2022, 12, 9));
        assertThat(haq.nationalities()).containsExactly("PK");
        assertThat(haq.names()).extracting(Name::value).contains("Mian MITHOO", "Mian MITHU");
    }

    /** The CSV form has the same 36 columns: written out from the workbook, it reads to the same entities. */
    @Test
    void theSameColumnsAsCsv_readToTheSameEntities() throws IOException {
        Path csv = dir.resolve("ConList.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord("Last Updated", "10/04/2025");
            List<String> header = april10Rows.header();
            p.printRecord(header);
            april10Rows.forEach(false, row -> {
                List<String> cells = new ArrayList<>();
                header.forEach(h -> cells.add(Objects.requireNonNullElse(row.get(h), "")));
                try {
                    p.printRecord(cells);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        ParsedList fromCsv = ListFormats.detect(csv).parse(csv, STRICT);

        assertThat(ListFormats.detect(csv)).isInstanceOf(UkHmtCsvFormat.class);
        assertThat(fromCsv.statedPublished()).isEqualTo(april10.statedPublished());
        assertThat(fromCsv.entities()).containsExactlyElementsOf(april10.entities());
    }

    @Test
    void notAWorkbook_failsNamingTheFile() throws IOException {
        Path fake = dir.resolve("ConList.xlsx");
        Files.write(fake, "PK this is not a zip".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> new OfsiXlsxFormat().parse(fake, STRICT))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("ConList.xlsx")
                .hasMessageContaining("not a readable XLSX workbook");
    }

    /** A hand-made workbook reads; the same with an external entity in its sheet is refused, never followed. */
    @Test
    void anExternalEntityInTheSheet_isNotFollowed() throws IOException {
        Path plain = dir.resolve("plain.xlsx");
        writeWorkbook(plain, sheet("", "Plain Name"));
        assertThat(new OfsiXlsxFormat().parse(plain, STRICT).entities()).extracting(Entity::primaryName)
                .containsExactly("Plain Name");

        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path xlsx = dir.resolve("xxe.xlsx");
        writeWorkbook(xlsx, sheet("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;"));
        assertThatThrownBy(() -> new OfsiXlsxFormat().parse(xlsx, new ParseOptions("uk-hmt", true)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("xxe.xlsx: not a readable XLSX workbook")
                .hasMessageNotContaining("TOP-SECRET");
    }

    /** fastexcel parses as it streams: a cell it cannot read is a damaged workbook, not its own exception (fuzzing). */
    @Test
    void aSharedStringIndexThatIsNotANumber_isADamagedWorkbook() throws IOException {
        Path xlsx = dir.resolve("damaged.xlsx");
        writeWorkbook(xlsx, "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                + "2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>feb0</v></c></row></sheetData></worksheet>");
        assertThatThrownBy(() -> new OfsiXlsxFormat().parse(xlsx, STRICT))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("damaged.xlsx: not a readable XLSX workbook");
    }

    /** A sheet with the real header and one row: Group ID 1, the given name, a primary name. */
    private static String sheet(String doctype, String name) {
        List<String> header = april10Rows.header();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\"?>" + doctype
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 1; r <= 2; r++) {
            x.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < header.size(); c++) {
                String h = header.get(c);
                String value = r == 1 ? h : switch (h) {
                    case "Group ID" -> "1";
                    case "Name 6" -> name;
                    case "Alias Type" -> "Primary name";
                    case "Group Type" -> "Individual";
                    default -> "";
                };
                String column = (c >= 26 ? "A" : "") + (char) ('A' + c % 26);
                x.append("<c r=\"").append(column).append(r).append("\" t=\"inlineStr\">")
                        .append("<is><t>").append(value).append("</t></is></c>");
            }
            x.append("</row>");
        }
        return x.append("</sheetData></worksheet>").toString();
    }

    private static void writeWorkbook(Path file, String sheet) throws IOException {
        Map<String, String> parts = Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                        + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                        + "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\""
                        + "/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                        + "spreadsheetml.worksheet+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                        + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                        + "xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"
                        + "2006/relationships\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                        + "</workbook>",
                "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                        + "schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
                        + "worksheets/sheet1.xml\"/></Relationships>",
                "xl/worksheets/sheet1.xml", sheet);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
