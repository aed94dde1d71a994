package org.tradescreen.lists.format.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Name;

/** Damaged and odd OFAC files, hand-written the way OFAC writes them: cp1252 and CRLF. */
class OfacCsvDamageTest {

    private static final OfacSdnCsvFormat FORMAT = new OfacSdnCsvFormat();
    private static final ParseOptions STRICT = new ParseOptions("us-ofac-sdn", false);
    private static final ParseOptions LENIENT = new ParseOptions("us-ofac-sdn", true);
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static final String ROW_1 = "1,\"FIRST, Name\",\"individual\",\"SDGT] [IFSR\",-0- ,-0- ,-0- ,-0- ,-0- ,"
            + "-0- ,-0- ,\"DOB 1962; Passport A123 (Iran).\"";
    private static final String ROW_2 = "2,\"SECOND SHIP\",\"vessel\",\"IRAN\",-0- ,\"9BQX\",\"Crude Oil Tanker\",-0- ,"
            + "-0- ,\"Panama\",-0- ,-0- ";

    @TempDir
    Path dir;

    /** Writes the lines CRLF-ended in cp1252. */
    private Path write(String name, String... lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        return Files.write(dir.resolve(name), text.toString().getBytes(CP1252));
    }

    @Test
    void cp1252_crlf_and0x1a_readAndRepairReported() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("3,\"JOS\u00c9 PE\u00d1A, Mar\u00eda\",\"individual\",\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                .getBytes(CP1252));
        bytes.write(0x1A);
        Path file = Files.write(dir.resolve("sdn.csv"), bytes.toByteArray());

        ParsedList list = FORMAT.parse(file, STRICT);
        assertThat(list.entities()).singleElement()
                .satisfies(e -> assertThat(e.primaryName()).isEqualTo("JOS\u00c9 PE\u00d1A, Mar\u00eda"));
        assertThat(list.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("0x1A"));
    }

    @Test
    void truncatedLastRow_strictFailsNamingLineAndField() throws IOException {
        Path file = write("sdn.csv", ROW_1, "2,\"SECOND SHIP\",\"vessel\",\"IRAN\",-0- ,\"9BQX\"");

        assertThatThrownBy(() -> FORMAT.parse(file, STRICT))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo("column 7");
                })
                .hasMessageContaining("sdn.csv:2: field column 7");
    }

    @Test
    void truncatedLastRow_lenientSkipsAndReports() throws IOException {
        Path file = write("sdn.csv", ROW_1, "2,\"SECOND SHIP\",\"vessel\",\"IRAN\",-0- ,\"9BQX\"");

        ParsedList list = FORMAT.parse(file, LENIENT);
        assertThat(list.entities()).extracting(Entity::sourceId).containsExactly("1");
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("column 7");
        });
    }

    @Test
    void fileCutInsideAQuotedField_failsNamingTheLine() throws IOException {
        Path file = Files.write(dir.resolve("sdn.csv"), (ROW_1 + "\r\n2,\"SECOND SH").getBytes(CP1252));

        assertThatThrownBy(() -> FORMAT.parse(file, STRICT))
                .isInstanceOfSatisfying(ListFormatException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("truncated");
        assertThat(FORMAT.parse(file, LENIENT).entities()).hasSize(1);
    }

    @Test
    void nonIntegerEntNum_failsNamingLineAndField() throws IOException {
        Path file = write("sdn.csv", ROW_1, ROW_2.replaceFirst("^2,", "2a,"));

        assertThatThrownBy(() -> FORMAT.parse(file, STRICT))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo("ent_num");
                })
                .hasMessageContaining("not an integer: '2a'");
        ParsedList lenient = FORMAT.parse(file, LENIENT);
        assertThat(lenient.entities()).extracting(Entity::sourceId).containsExactly("1");
        assertThat(lenient.problems()).extracting(Problem::field).containsExactly("ent_num");
    }

    @Test
    void repeatedEntNum_failsNamingBothLines() throws IOException {
        Path file = write("sdn.csv", ROW_1, ROW_2, ROW_1);

        assertThatThrownBy(() -> FORMAT.parse(file, STRICT))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("ent_num");
                })
                .hasMessageContaining("already on line 1");
    }

    @Test
    void extraColumn_failsRatherThanShiftTheRemarks() throws IOException {
        Path file = write("sdn.csv", ROW_1 + ",\"EXTRA\"");

        assertThatThrownBy(() -> FORMAT.parse(file, STRICT))
                .isInstanceOfSatisfying(ListFormatException.class, e -> assertThat(e.field()).isEqualTo("column 13"));
    }

    @Test
    void orphanAltRow_skippedAndReported_evenWhenStrict() throws IOException {
        Path sdn = write("sdn.csv", ROW_1, ROW_2);
        Path alt = write("alt.csv", "1,101,\"aka\",\"FIRST, Other\",-0- ", "99,102,\"aka\",\"NOBODY\",-0- ",
                "2,103,\"fka\",\"OLD SHIP\",-0- ");

        ParsedList list = FORMAT.parse(sdn, STRICT);
        assertThat(list.entities().get(0).names()).containsExactly(Name.primary("FIRST, Name"), Name.alias("FIRST, Other", false));
        assertThat(list.entities().get(1).names()).extracting(Name::value).containsExactly("SECOND SHIP", "OLD SHIP");
        assertThat(list.problems()).containsExactly(
                new Problem(alt.toString(), 2, "ent_num", "ent_num 99 is not in sdn.csv; row skipped"));
    }

    @Test
    void emptySdnCsv_parsesToNoEntities() throws IOException {
        Path file = Files.write(dir.resolve("sdn.csv"), new byte[0]);

        ParsedList list = FORMAT.parse(file, STRICT);
        assertThat(list.entities()).isEmpty();
        assertThat(list.problems()).isEmpty();
        assertThat(FORMAT.recognise(file, "")).isPositive();
    }

    @Test
    void folderWithoutSdnCsv_failsNamingTheFolder() throws IOException {
        write("alt.csv", "1,101,\"aka\",\"FIRST, Other\",-0- ");

        assertThatThrownBy(() -> FORMAT.parse(dir, STRICT))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("no sdn.csv");
    }

    @Test
    void datedCapture_isReadAlone_notJoinedWithTheFilesBesideIt() throws IOException {
        Path capture = write("sdn_2024-01-01.csv", ROW_1);
        write("alt.csv", "1,101,\"aka\",\"FIRST, Other\",-0- ");

        assertThat(FORMAT.parse(capture, STRICT).entities().get(0).names()).containsExactly(Name.primary("FIRST, Name"));
    }

    @Test
    void upperCaseNames_areJoined() throws IOException {
        Path sdn = write("SDN.CSV", ROW_1);
        write("ALT.CSV", "1,101,\"aka\",\"FIRST, Other\",-0- ");

        assertThat(FORMAT.parse(dir, STRICT).entities().get(0).names()).hasSize(2);
        assertThat(FORMAT.parse(sdn, STRICT).entities().get(0).names()).hasSize(2);
    }

    @Test
    void rowFields_typeProgramsVesselTitle() throws IOException {
        Path file = write("sdn.csv", ROW_1, ROW_2,
                "3,\"ACME LTD\",-0- ,\"CUBA\",\"Director\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ");

        ParsedList list = FORMAT.parse(file, STRICT);
        Entity first = list.entities().get(0);
        assertThat(first.programs()).containsExactly("SDGT", "IFSR");
        assertThat(first.vessel()).isNull();
        Entity ship = list.entities().get(1);
        assertThat(ship.vessel().callSign()).isEqualTo("9BQX");
        assertThat(ship.vessel().flag()).isEqualTo("Panama");
        assertThat(ship.remarks()).isEmpty();
        Entity acme = list.entities().get(2);
        assertThat(acme.type()).isEqualTo(org.tradescreen.model.EntityType.ORGANIZATION);
        assertThat(acme.title()).isEqualTo("Director");
    }

    @Test
    void detect_unnamedHeaderlessFileReadsAsSdn_namedConsFileAsCons() throws IOException {
        Path unnamed = write("export.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "\"Havana, Cuba.\"");
        Path cons = write("cons_prim_2025-12-19.csv", ROW_1);

        assertThat(ListFormats.detect(unnamed)).isInstanceOf(OfacSdnCsvFormat.class);
        assertThat(ListFormats.detect(cons)).isInstanceOf(OfacConsCsvFormat.class);
        assertThat(FORMAT.parse(unnamed, STRICT).entities()).singleElement()
                .satisfies(e -> assertThat(e.id()).isEqualTo("us-ofac-sdn:36"));
    }
}
