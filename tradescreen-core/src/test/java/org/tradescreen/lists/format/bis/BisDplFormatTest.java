package org.tradescreen.lists.format.bis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.model.Address;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

class BisDplFormatTest {

    private static final Path REAL = SharedData.lists("bis-dpl/dpl_2023-11-30.txt");
    private static final String HEADER = quoted(List.of("Name", "Street_Address", "City", "State", "Country",
            "Postal_Code", "Effective_Date", "Expiration_Date", "Standard_Order", "Last_Update", "Action",
            "FR_Citation"));

    private final BisDplFormat format = new BisDplFormat();

    private ParsedList parse(Path file, boolean lenient) throws IOException {
        return format.parse(file, new ParseOptions("us-bis-dpl", lenient));
    }

    private static Entity named(ParsedList list, String name) {
        return list.entities().stream().filter(e -> e.primaryName().equals(name)).findFirst().orElseThrow();
    }

    // Figures computed apart with Python's csv module: 665 rows, 547 distinct (name, Effective_Date),
    // 663 distinct (name, address, Effective_Date); rows 154 and 458 repeat rows 153 and 457.
    @NeedsSharedData
    @Test
    void parse_realFile_mergesRowsOfOneParty() throws IOException {
        ParsedList list = parse(REAL, false);

        assertThat(list.delta()).isFalse();
        assertThat(list.statedPublished()).isEmpty();
        assertThat(list.entities()).hasSize(547);
        assertThat(list.entities().stream().mapToInt(e -> e.addresses().size()).sum()).isEqualTo(663);
        assertThat(list.entities()).extracting(Entity::sourceId).doesNotHaveDuplicates();
        assertThat(list.entities()).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.UNKNOWN);
            assertThat(e.listing().list()).isEqualTo("DPL");
            assertThat(e.listing().listedOn()).isNotNull();
        });
        assertThat(list.problems()).extracting(Problem::line, Problem::field).containsExactlyInAnyOrder(
                tuple(154L, null),
                tuple(458L, null),
                tuple(293L, "Expiration_Date"),
                tuple(376L, "Expiration_Date"));
    }

    @NeedsSharedData
    @Test
    void parse_realFile_knownPartyAtTwoAddresses() throws IOException {
        Entity zimo = named(parse(REAL, false), "ZIMO SHENG");

        assertThat(zimo.id()).isEqualTo("us-bis-dpl:" + zimo.sourceId());
        // Pinned (recomputed apart with Python's hashlib): a change of the id recipe would break the
        // history of every DPL entry.
        assertThat(zimo.sourceId()).isEqualTo("15f328cee71228d78cfb");
        assertThat(zimo.addresses()).containsExactly(
                new Address("3975 N. CRAMER STREET, UNIT 204", "MILWAUKEE", "WI", "53211", null, null),
                new Address("JINXIUYUAN 17-403, CHANGSHU", "JIANGSU", null, "215500", "CN", "CN"));
        assertThat(zimo.listing().listedOn()).isEqualTo(LocalDate.of(2020, 3, 16));
        assertThat(zimo.listing().endDate()).isEqualTo(LocalDate.of(2028, 12, 13));
        assertThat(zimo.listing().citation()).isEqualTo("85 F.R. 16054 3/20/2020");
        assertThat(zimo.remarks()).isEmpty();
    }

    @NeedsSharedData
    @Test
    void parse_realFile_quirksOfSingleRows() throws IOException {
        ParsedList list = parse(REAL, false);

        Entity ash = named(list, "I. ASH");
        assertThat(ash.listing().listedOn()).isEqualTo(LocalDate.of(2003, 6, 19));
        assertThat(ash.listing().endDate()).isEqualTo(LocalDate.of(2056, 6, 29));
        assertThat(ash.listing().citation())
                .isEqualTo("68 F.R. 38290 6/27/03; 71 F.R. 38843 7/10/06; 72 F.R. 4236 1/30/07");
        assertThat(named(list, "JOHNSON HU").addresses().get(0).countryCode()).isEqualTo("CN");
        Address stateInCountryColumn = named(list, "STEPHEN EDWARD SMITH").addresses().get(0);
        assertThat(stateInCountryColumn.country()).isEqualTo("NM");
        assertThat(stateInCountryColumn.countryCode()).isNull();
        // "AL-NASER  AIRLINES" (two spaces) on 3 rows.
        assertThat(named(list, "AL-NASER AIRLINES").addresses()).hasSize(3);
        assertThat(list.entities()).filteredOn(e -> !e.remarks().isEmpty()).extracting(Entity::primaryName)
                .containsExactlyInAnyOrder("ANGELA CHEN", "HUI-FEN CHEN", "WELL BEING ENTERPRISE CO., LTD.");
    }

    @NeedsSharedData
    @Test
    void parse_partiesWhoseRowsDisagree_keepLatestExpiration() throws IOException {
        ParsedList list = parse(REAL, false);

        assertThat(named(list, "JESUS ADRIAN RAMIREZ").listing().endDate()).isEqualTo(LocalDate.of(2030, 12, 16));
        assertThat(named(list, "MAHMOUD AMINI").listing().endDate()).isEqualTo(LocalDate.of(2024, 10, 30));
    }

    @Test
    void parse_rowsInAnyOrder_giveTheSameId(@TempDir Path dir) throws IOException {
        String a = row("JANE ROE", "1 MAIN ST", "US", "01/02/2020", "01/02/2030", "85 F.R. 1 1/5/2020");
        String b = row("JANE  ROE", "2 RUE X", "FR", "01/02/2020", "01/02/2030", "85 F.R.1 1/5/2020");
        Entity forward = parse(write(dir, "f.txt", HEADER + a + b), false).entities().get(0);
        Entity backward = parse(write(dir, "b.txt", HEADER + b + a), false).entities().get(0);

        assertThat(forward.sourceId()).isEqualTo(backward.sourceId());
        assertThat(forward.addresses()).hasSize(2);
        assertThat(forward.listing().citation()).isEqualTo("85 F.R. 1 1/5/2020");
    }

    @Test
    void parse_sameNameOtherEffectiveDate_isAnotherParty(@TempDir Path dir) throws IOException {
        Path file = write(dir, "dpl.txt", HEADER
                + row("JANE ROE", "1 MAIN ST", "US", "01/02/2020", "", "")
                + row("JANE ROE", "1 MAIN ST", "US", "03/04/2021", "", ""));

        assertThat(parse(file, false).entities()).extracting(e -> e.listing().listedOn())
                .containsExactly(LocalDate.of(2020, 1, 2), LocalDate.of(2021, 3, 4));
    }

    @Test
    void parse_shortRow_strictFailsNamingLineAndField(@TempDir Path dir) throws IOException {
        Path file = write(dir, "dpl.txt", HEADER
                + row("JANE ROE", "1 MAIN ST", "US", "01/02/2020", "", "")
                + "\"JOHN DOE\"\t\"2 MAIN ST\"\t\"BOSTON\"\n");

        assertThatThrownBy(() -> parse(file, false))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("State");
                    assertThat(e.getMessage()).contains(file.toString()).contains("3 of 12 columns");
                });
    }

    @Test
    void parse_shortRow_lenientSkipsAndReports(@TempDir Path dir) throws IOException {
        Path file = write(dir, "dpl.txt", HEADER
                + "\"JOHN DOE\"\t\"2 MAIN ST\"\t\"BOSTON\"\n"
                + row("JANE ROE", "1 MAIN ST", "US", "01/02/2020", "", ""));

        ParsedList list = parse(file, true);

        assertThat(list.entities()).extracting(Entity::primaryName).containsExactly("JANE ROE");
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("State");
        });
    }

    @Test
    void parse_badDate_failsNamingTheColumn(@TempDir Path dir) throws IOException {
        Path file = write(dir, "dpl.txt", HEADER + row("JANE ROE", "1 MAIN ST", "US", "13/45/2020", "", ""));

        assertThatThrownBy(() -> parse(file, false))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo("Effective_Date");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02|67 F.R. 56530 9/4/02; 67 F.R. 10890 3/11/02",
            "81 F.R.45276 7/13/2016, 83F.R. 28801 6/21/2018|81 F.R. 45276 7/13/2016; 83 F.R. 28801 6/21/2018",
            "81.F.R. 22576 4/18/2016|81 F.R. 22576 4/18/2016",
            "88 F.R. 48789, 7/28/2023 and 88 F.R. 6231|88 F.R. 48789 7/28/2023; 88 F.R. 6231",
            "82 F.R. 16788, 16789 4/6/2017|82 F.R. 16788, 16789 4/6/2017",
            "NEW F.R.  NOTICE SOON|NEW F.R. NOTICE SOON"})
    void citations_splitWhenClean_elseKeptWhole(String text, String expected) {
        assertThat(FrCitations.merge(List.of(text))).isEqualTo(expected);
    }

    @Test
    void citations_ofSeveralRows_mergeInFirstSeenOrder() {
        assertThat(FrCitations.merge(List.of("1 F.R. 2 3/4/05, 6 F.R. 7 8/9/10", "1 F.R.2 3/4/05 11 F.R. 12")))
                .isEqualTo("1 F.R. 2 3/4/05; 6 F.R. 7 8/9/10; 11 F.R. 12");
        assertThat(FrCitations.merge(List.of())).isNull();
    }

    @NeedsSharedData
    @Test
    void detect_realAndHandWrittenFiles_pickBisDpl(@TempDir Path dir) throws IOException {
        Path fixture = write(dir, "denied.txt", HEADER + row("JANE ROE", "1 MAIN ST", "US", "01/02/2020", "", ""));

        assertThat(ListFormats.detect(REAL).name()).isEqualTo(BisDplFormat.NAME);
        assertThat(ListFormats.detect(fixture).name()).isEqualTo(BisDplFormat.NAME);
        assertThat(ListFormats.byName("bis-dpl").defaultSource()).isEqualTo("us-bis-dpl");
    }

    private static String row(String name, String street, String country, String effective, String expiration,
                              String citation) {
        return quoted(List.of(name, street, "CITY", "", country, "00000", effective, expiration, "Y", "2020-01-05",
                "NEW", citation));
    }

    /** A line as BIS writes it: every cell quoted, tab-separated. */
    private static String quoted(List<String> cells) {
        return String.join("\t", cells.stream().map(c -> "\"" + c + "\"").toList()) + "\n";
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
