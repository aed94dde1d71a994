package org.tradescreen.lists.format.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;
import org.tradescreen.model.PartialDate;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

@NeedsSharedData
class UkHmtCsvFormatTest {

    private static final Path CONLIST_2016 = SharedData.lists("uk-hmt/ConList_2016-03-23.csv");
    private static final ParseOptions STRICT = new ParseOptions("uk-hmt", false);
    private static final ParseOptions LENIENT = new ParseOptions("uk-hmt", true);
    private static final String HEADER = "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,"
            + "Country of Birth,Nationality,Passport Details,NI Number,Position,Address 1,Address 2,Address 3,"
            + "Address 4,Address 5,Address 6,Post/Zip Code,Country,Other Information,Group Type,Alias Type,Regime,"
            + "Listed On,Last Updated,Group ID";

    private static ParsedList real;

    private final UkHmtCsvFormat format = new UkHmtCsvFormat();

    @TempDir
    Path dir;

    @BeforeAll
    static void parseRealFile() throws IOException {
        real = new UkHmtCsvFormat().parse(CONLIST_2016, STRICT);
    }

    // --- the real file ---

    @Test
    void real2016_oneEntityPerGroupId_statesLastUpdated() {
        // 8,746 rows in 1,924 groups: 1,269 individuals and 655 entities, no ships yet in 2016.
        assertThat(real.entities()).hasSize(1924);
        assertThat(real.entities()).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1269);
        assertThat(real.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).hasSize(655);
        assertThat(real.entities()).extracting(Entity::sourceId).doesNotHaveDuplicates();
        assertThat(real.statedPublished()).contains(LocalDate.of(2016, 3, 23));
        assertThat(real.problems()).isEmpty();
    }

    @Test
    void real2016_group6894_mergesSevenNamesAndTwoBirthDates() {
        // 14 rows: 7 names, each once per date of birth, scattered from line 8 to line 7056.
        Entity e = entity(real, "6894");

        assertThat(e.id()).isEqualTo("uk-hmt:6894");
        assertThat(e.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("Mohamad Iqbal ABDURRAHMAN", NameKind.PRIMARY),
                tuple("Mohamad Iqbal A RAHMAN", NameKind.ALIAS),
                tuple("Mohamad Iqbal ABDUL RAHMAN", NameKind.ALIAS),
                tuple("Abu Jibril ABDURRAHMAN", NameKind.ALIAS),
                tuple("Fihiruddin MUQTI", NameKind.ALIAS),
                tuple("Fikiruddin MUQTI", NameKind.ALIAS),
                tuple("Mohamad Iqbal RAHMAN", NameKind.ALIAS));
        assertThat(e.birthDates()).containsExactly(PartialDate.parse("1957-08-17"), PartialDate.parse("1958-08-17"));
        assertThat(e.birthPlaces()).containsExactly("Tirpas-Selong Village, East Lombok", "Korleko-Lombok Timur",
                "Indonesia");
        assertThat(e.identifiers()).containsExactly(new Identifier("National Identification Number",
                "3603251708570001", null, "no 3603251708570001"));
        assertThat(e.addresses()).singleElement().satisfies(a -> {
            assertThat(a.street()).isEqualTo("Jalan Nakula, Komplek Witana Harja III Blok C 106-107");
            assertThat(a.city()).isEqualTo("Tangerang");
            assertThat(a.countryCode()).isEqualTo("ID");
        });
        assertThat(e.programs()).containsExactly("The ISIL (Da'esh) and Al-Qaida organisations");
        assertThat(e.remarks()).containsExactly("UN Ref QI.A.86.03.");
        assertThat(e.listedOn()).isEqualTo(LocalDate.of(2003, 1, 24));
        assertThat(e.listing().list()).isEqualTo("UK-HMT");
    }

    @Test
    void real2016_group13190_partialBirthYears_cp1252Name_nationalityCode() {
        Entity e = entity(real, "13190");

        assertThat(e.primaryName()).isEqualTo("Abdullah Yahya AL HAKIM");
        // 0x92 in the file is cp1252's right single quotation mark
        assertThat(e.names()).extracting(Name::value).contains("Abdallah AL-MU\u2019AYYAD", "Abu-Ali AL-HAKIM");
        assertThat(e.birthDates()).extracting(PartialDate::toString).containsExactly("1984", "1986", "1985");
        assertThat(e.nationalities()).containsExactly("YE");
        assertThat(e.listedOn()).isEqualTo(LocalDate.of(2014, 12, 19));
    }

    @Test
    void real2016_group11044_formerNames() {
        Entity e = entity(real, "11044");

        assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e.primaryName()).isEqualTo("AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)");
        assertThat(e.names()).filteredOn(n -> n.kind() == NameKind.FORMER).extracting(Name::value)
                .containsExactly("AL-QAIDA IN YEMEN (AQY)");
        assertThat(e.names()).noneMatch(Name::weak);
    }

    @Test
    void detect_picksUkHmt_withOrWithoutTitleLine() throws IOException {
        Path headerFirst = write("conlist.csv", HEADER + "\r\n" + entityRow("ACME", "Prime Alias", "1"));

        assertThat(ListFormats.detect(CONLIST_2016)).isInstanceOf(UkHmtCsvFormat.class);
        assertThat(ListFormats.detect(headerFirst)).isInstanceOf(UkHmtCsvFormat.class);
        ParsedList list = format.parse(headerFirst, STRICT);
        assertThat(list.entities()).extracting(Entity::primaryName).containsExactly("ACME");
        assertThat(list.statedPublished()).isEmpty();
    }

    // --- damage ---

    @Test
    void rowWithoutGroupId_failsNamingLineAndField_orIsSkippedLeniently() throws IOException {
        Path file = write("nogroup.csv", "Last Updated,01/02/2020\r\n" + HEADER + "\r\n"
                + entityRow("ACME", "Prime Alias", "1")
                + entityRow("ACME TRADING", "AKA", "")
                + entityRow("ACME CO", "AKA", "1"));

        assertThatThrownBy(() -> format.parse(file, STRICT))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.field()).isEqualTo("Group ID");
                })
                .hasMessageContaining("nogroup.csv:4: field Group ID: the row has no Group ID");

        ParsedList list = format.parse(file, LENIENT);
        assertThat(list.entities()).singleElement().satisfies(e ->
                assertThat(e.names()).extracting(Name::value).containsExactly("ACME", "ACME CO"));
        assertThat(list.problems()).extracting(p -> p.line(), p -> p.field()).containsExactly(tuple(4L, "Group ID"));
        assertThat(list.statedPublished()).contains(LocalDate.of(2020, 2, 1));
    }

    @Test
    void badListedOn_failsNamingLine_orSkipsTheGroupLeniently() throws IOException {
        Path file = write("listed.csv", "Last Updated,01/02/2020\r\n" + HEADER + "\r\n"
                + row("Name 6", "ACME", "Group Type", "Entity", "Alias Type", "Prime Alias", "Listed On", "soon",
                        "Group ID", "1")
                + entityRow("OTHER", "Prime Alias", "2"));

        assertThatThrownBy(() -> format.parse(file, STRICT))
                .hasMessageContaining("listed.csv:3: field Listed On: not a day-first date: soon");
        assertThat(format.parse(file, LENIENT).entities()).extracting(Entity::sourceId).containsExactly("2");
    }

    @Test
    void cp1252File_andPartialDates() throws IOException {
        Path file = dir.resolve("cp1252.csv");
        Files.write(file, ("Last Updated,01/02/2020\r\n" + HEADER + "\r\n"
                + personRow("D\u2019OR", "Prime Alias", "00/00/1970", "(1) Somali (2) Swedish")
                + personRow("DOR", "AKA", "00/08/1977", "")
                + personRow("DOR", "FKA", "31/02/1977", ""))
                .getBytes(Charset.forName("windows-1252")));

        Entity e = format.parse(file, STRICT).entities().get(0);

        assertThat(e.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("Jean D\u2019OR", NameKind.PRIMARY), tuple("Jean DOR", NameKind.ALIAS),
                tuple("Jean DOR", NameKind.FORMER));
        assertThat(e.birthDates()).extracting(PartialDate::toString).containsExactly("1970", "1977-08");
        assertThat(e.remarks()).containsExactly("date of birth: 31/02/1977");
        assertThat(e.nationalities()).containsExactly("SO", "SE");
    }

    @Test
    void notTheUkList_failsNamingTheHeader() throws IOException {
        Path file = write("other.csv", "Last Updated,01/02/2020\r\nname,id\r\nACME,1\r\n");

        assertThatThrownBy(() -> format.parse(file, STRICT))
                .hasMessageContaining("other.csv:2: field Group ID: the header has no Group ID column");
    }

    // --- cell quirks, as a table ---

    static Stream<Arguments> enumerations() {
        return Stream.of(
                Arguments.of("Indonesian", List.of("Indonesian")),
                Arguments.of("(1) Somali (2) Swedish", List.of("Somali", "Swedish")),
                Arguments.of("1) Uzbek 2) Afghan", List.of("Uzbek", "Afghan")),
                Arguments.of("a) French, b) Tunisian", List.of("French", "Tunisian")),
                Arguments.of("(1)-(2) Tunisia (3) Libya", List.of("Tunisia", "Libya")),
                Arguments.of("(1) to (6) Algeria (7) Morocco", List.of("Algeria", "Morocco")),
                Arguments.of("(1) (2) (4) Libyan Arab Jamahirya (3) Morocco", List.of("Libyan Arab Jamahirya", "Morocco")),
                Arguments.of("(1) Manzil Tmim (2)-(6) -", List.of("Manzil Tmim")),
                Arguments.of("(a) OR 1961825 (Afghanistan). (b) TR024417", List.of("OR 1961825 (Afghanistan).", "TR024417")),
                Arguments.of("Iranian (Iranian citizenship)", List.of("Iranian (Iranian citizenship)")));
    }

    @ParameterizedTest
    @MethodSource("enumerations")
    void enumerated_splitsNumberedAndLetteredValues(String cell, List<String> values) {
        assertThat(UkHmtEntities.enumerated(cell)).isEqualTo(values);
    }

    static Stream<Arguments> birthDates() {
        return Stream.of(
                Arguments.of("17/08/1957", Optional.of("1957-08-17")),
                Arguments.of("00/00/1970", Optional.of("1970")),
                Arguments.of("00/08/1977", Optional.of("1977-08")),
                Arguments.of("31/02/1977", Optional.empty()),
                Arguments.of("circa 1960", Optional.of("1960")),
                Arguments.of("unknown", Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("birthDates")
    void birthDate_readsDayFirstWithZeroesForUnknown(String cell, Optional<String> expected) {
        assertThat(UkHmtEntities.birthDate(cell).map(PartialDate::toString)).isEqualTo(expected);
    }

    /** A data row from column-value pairs; other columns are empty. */
    private static String row(String... columnsAndValues) {
        List<String> columns = List.of(HEADER.split(","));
        String[] cells = new String[columns.size()];
        Arrays.fill(cells, "");
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            cells[columns.indexOf(columnsAndValues[i])] = columnsAndValues[i + 1];
        }
        return String.join(",", cells) + "\r\n";
    }

    private static String entityRow(String name, String aliasType, String groupId) {
        return row("Name 6", name, "Group Type", "Entity", "Alias Type", aliasType, "Regime", "Iran",
                "Listed On", "01/02/2010", "Group ID", groupId);
    }

    private static String personRow(String surname, String aliasType, String dob, String nationality) {
        return row("Name 6", surname, "Name 1", "Jean", "DOB", dob, "Nationality", nationality,
                "Group Type", "Individual", "Alias Type", aliasType, "Listed On", "01/02/2010", "Group ID", "7");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Entity entity(ParsedList list, String sourceId) {
        return list.entities().stream().filter(e -> e.sourceId().equals(sourceId)).findFirst().orElseThrow();
    }
}
