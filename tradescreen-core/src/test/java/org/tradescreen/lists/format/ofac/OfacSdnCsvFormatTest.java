package org.tradescreen.lists.format.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.model.Address;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;
import org.tradescreen.model.PartialDate;
import org.tradescreen.model.Vessel;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/** The SDN CSV set read from the real captures in the shared data. */
@NeedsSharedData
class OfacSdnCsvFormatTest {

    private static final OfacSdnCsvFormat FORMAT = new OfacSdnCsvFormat();
    private static final ParseOptions STRICT = new ParseOptions("us-ofac-sdn", false);
    private static final Path MINI = SharedData.lists("ofac-mini-2025-05-16");
    private static final Path FULL = SharedData.lists("ofac-sdn-full-2021-07-07");
    private static final Path SERIES = SharedData.lists("ofac-sdn-series");

    private static Map<String, Entity> byId(ParsedList list) {
        return list.entities().stream().collect(Collectors.toMap(Entity::sourceId, Function.identity()));
    }

    /** Lines of a file: CRLF-ended, with only the 0x1A byte after the last one. */
    private static long lineCount(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long n = 0;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }

    @Test
    void mini_fullSet_everyTypeAndTheOrphanRowsOfTheCut() throws IOException {
        ParsedList list = FORMAT.parse(MINI, STRICT);

        assertThat(list.entities()).hasSize(17);
        assertThat(list.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(EntityType.PERSON, 4L, EntityType.ORGANIZATION, 7L,
                        EntityType.VESSEL, 4L, EntityType.AIRCRAFT, 2L));
        assertThat(list.entities()).allSatisfy(e -> {
            assertThat(e.source()).isEqualTo("us-ofac-sdn");
            assertThat(e.listing().list()).isEqualTo("SDN");
        });
        // The mini set was cut from a full one by ent_num; 4 address and 5 alias rows belong to entries left out.
        assertThat(list.problems()).hasSize(9).allSatisfy(p -> assertThat(p.field()).isEqualTo("ent_num"));
        assertThat(list.problems()).filteredOn(p -> p.file().endsWith("add.csv")).extracting(Problem::line)
                .containsExactly(12L, 17L, 24L, 26L);
        assertThat(list.problems()).filteredOn(p -> p.file().endsWith("alt.csv")).extracting(Problem::line)
                .containsExactly(1L, 6L, 10L, 11L, 15L);
        assertThat(list.statedPublished()).isEmpty();
    }

    @Test
    void mini_person_dobPobNationalityPassportAliases() throws IOException {
        Entity e = byId(FORMAT.parse(MINI, STRICT)).get("48603");

        assertThat(e.id()).isEqualTo("us-ofac-sdn:48603");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.primaryName()).isEqualTo("KHOROSHEV, Dmitry Yuryevich");
        assertThat(e.birthDates()).containsExactly(PartialDate.parse("1993-04-17"));
        assertThat(e.birthPlaces()).containsExactly("Russian Federation");
        assertThat(e.nationalities()).containsExactly("RU");
        assertThat(e.gender()).isEqualTo("Male");
        assertThat(e.programs()).containsExactly("CYBER2");
        assertThat(e.identifiers()).contains(
                new Identifier("Passport", "2018278055", "RU", null),
                new Identifier("Passport", "2006801524", "RU", null),
                new Identifier("Tax ID No.", "366110340670", "RU", null),
                new Identifier("Digital Currency Address - XBT", "bc1qvhnfknw852ephxyc5hm4q520zmvf9maphetc9z", null, null));
        assertThat(e.names()).containsExactly(
                Name.primary("KHOROSHEV, Dmitry Yuryevich"),
                Name.alias("KHOROSHEV, Dmitriy Yurevich", false),
                Name.alias("YURIEVICH, Dmitry", false),
                Name.alias("KHOROSHEV, Dmitrii Yuryevich", false),
                Name.alias("LOCKBITSUPP", true));
        assertThat(e.addresses()).containsExactly(new Address(null, null, null, null, "Russia", "RU"));
    }

    @Test
    void mini_person_withoutAltRows_getsItsWeakAliasFromRemarks() throws IOException {
        Entity e = byId(FORMAT.parse(MINI, STRICT)).get("10278");
        assertThat(e.primaryName()).isEqualTo("LOGAN MOREY, Elvis Angus");
        assertThat(e.names()).containsExactly(Name.primary("LOGAN MOREY, Elvis Angus"), Name.alias("BURTON BURGESS", true));
        assertThat(e.birthDates()).containsExactly(PartialDate.parse("1963-07-28"));
        assertThat(e.birthPlaces()).containsExactly("Toledo District, Belize");
        assertThat(e.identifiers()).containsExactly(new Identifier("Passport", "P0017003", "BZ", null),
                new Identifier("SSN", "561-77-9011", "US", null));
    }

    @Test
    void mini_vessel_callSignFlagImoMmsi() throws IOException {
        Map<String, Entity> all = byId(FORMAT.parse(MINI, STRICT));
        Entity nsLeader = all.get("47371");
        assertThat(nsLeader.type()).isEqualTo(EntityType.VESSEL);
        assertThat(nsLeader.vessel()).isEqualTo(new Vessel("A8LU7", "Crude Oil Tanker", "Gabon", null, null, null));
        assertThat(nsLeader.identifiers()).containsExactly(new Identifier("IMO", "9339301", null, null),
                new Identifier("MMSI", "636013272", null, null));
        assertThat(nsLeader.remarks()).contains("Linked To: NS LEADER SHIPPING INCORPORATED");

        Entity makran = all.get("40716");
        assertThat(makran.vessel()).isEqualTo(new Vessel(null, "Naval Auxiliary Vessel", "Iran", null, null, null));
        assertThat(makran.identifiers()).containsExactly(new Identifier("IMO", "9486910", null, null));
        assertThat(makran.names()).containsExactly(Name.primary("IRIS MAKRAN"), Name.alias("MAKRAN", true));
    }

    @Test
    void mini_aircraftAndEntity() throws IOException {
        Map<String, Entity> all = byId(FORMAT.parse(MINI, STRICT));
        Entity aircraft = all.get("48727");
        assertThat(aircraft.type()).isEqualTo(EntityType.AIRCRAFT);
        assertThat(aircraft.programs()).containsExactly("SDGT", "NPWMD", "IRGC", "IFSR");
        assertThat(aircraft.identifiers()).containsExactlyInAnyOrder(
                new Identifier("MSN", "1023409321", null, null),
                new Identifier("Aircraft Mode S Transponder Code", "7342B3", null, null));

        Entity company = all.get("44525");
        assertThat(company.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(company.addresses()).containsExactly(
                new Address(null, "Miami, FL 33130", null, null, "United States", "US"));
        assertThat(company.identifiers()).contains(
                new Identifier("Business Registration Number", "0582030", "US", "Connecticut"));
    }

    @Test
    void mini_commentsJoinMidWord() throws IOException {
        // 33151's remarks stop at 1,000 characters inside a wallet address; sdn_comments.csv holds the rest.
        Entity suex = byId(FORMAT.parse(MINI, STRICT)).get("33151");
        assertThat(suex.remarks().get(0)).hasSize(1000 + 1127)
                .contains("alt. Digital Currency Address - XBT 1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi; ");
        assertThat(suex.identifiers())
                .contains(new Identifier("Digital Currency Address - XBT", "1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi", null, null));
        assertThat(suex.names()).contains(Name.alias("SUCCESSFUL EXCHANGE", true));
    }

    @Test
    void full2021_oneEntityPerDistinctEntNum() throws IOException {
        ParsedList list = FORMAT.parse(FULL, STRICT);
        Pattern entNum = Pattern.compile("^(\\d+),");
        long distinct;
        try (Stream<String> lines = Files.lines(FULL.resolve("sdn.csv"), StandardCharsets.ISO_8859_1)) {
            distinct = lines.map(entNum::matcher).filter(Matcher::find).map(m -> m.group(1)).distinct().count();
        }
        assertThat(distinct).isEqualTo(8976);
        assertThat(list.entities()).hasSize(8976);
        assertThat(list.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(EntityType.PERSON, 4620L, EntityType.ORGANIZATION, 3673L,
                        EntityType.VESSEL, 406L, EntityType.AIRCRAFT, 277L));
        // Only the 0x1A repairs: every ent_num of add.csv, alt.csv and sdn_comments.csv is in sdn.csv.
        assertThat(list.problems()).extracting(Problem::message).containsOnly("dropped a trailing 0x1A (DOS end-of-file) byte");
        assertThat(list.problems()).extracting(p -> Path.of(p.file()).getFileName().toString())
                .containsExactly("sdn.csv", "add.csv", "alt.csv");
    }

    @Test
    void full2021_aliasesAndAddressesJoined() throws IOException {
        ParsedList list = FORMAT.parse(FULL, STRICT);
        // alt.csv has 11,910 rows; two repeat a row of the same entry word for word (8407, 16448).
        long strongAliases = list.entities().stream().flatMap(e -> e.names().stream())
                .filter(n -> n.kind() != NameKind.PRIMARY && !n.weak()).count();
        assertThat(strongAliases).isEqualTo(11908);
        assertThat(list.entities().stream().flatMap(e -> e.names().stream()).filter(n -> n.kind() == NameKind.FORMER && !n.weak()))
                .hasSize(369);
        assertThat(list.entities().stream().mapToLong(e -> e.addresses().size()).sum()).isEqualTo(11440);

        Entity cifuentes = byId(list).get("12300");
        assertThat(cifuentes.names()).startsWith(Name.primary("CIFUENTES VILLA, Jorge Milton"),
                Name.alias("LOPEZ SALAZAR, Elkin de Jesus", false), Name.alias("OSUNA VILLARREAL, Sergio", false));
    }

    @Test
    void full2021_commentsJoined() throws IOException {
        Map<String, Entity> all = byId(FORMAT.parse(FULL, STRICT));

        // sdn.csv stops 12300's remarks at "…Linked To: PROMO RAI"; sdn_comments.csv goes on "Z S.A.S.; …".
        Entity cifuentes = all.get("12300");
        String remarks = cifuentes.remarks().get(0);
        assertThat(remarks).hasSize(1000 + 596)
                .contains("Linked To: PROMO RAIZ S.A.S.; Linked To: RED MUNDIAL INMOBILIARIA, S.A. DE C.V.;")
                .endsWith("Linked To: R D I S.A.");
        assertThat(cifuentes.remarks()).contains("Linked To: PROMO RAIZ S.A.S.", "Linked To: R D I S.A");
        assertThat(cifuentes.birthDates()).containsExactly(PartialDate.parse("1965-05-13"),
                PartialDate.parse("1968-04-13"), PartialDate.parse("1964-07-07"));

        // 28263's weak alias 'snowsjohn' is cut in two by the 1,000-character limit.
        assertThat(all.get("28263").names()).contains(Name.alias("snowsjohn", true), Name.alias("tianyinyin0404", true));
    }

    static Stream<Path> seriesFiles() throws IOException {
        try (Stream<Path> files = Files.list(SERIES)) {
            return files.filter(p -> p.getFileName().toString().matches("sdn_\\d{4}-\\d{2}-\\d{2}\\.csv"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seriesFiles")
    void series_everyCapture_oneEntityPerLine_onlyThe0x1aRepair(Path file) throws IOException {
        ParsedList list = FORMAT.parse(file, STRICT);
        assertThat((long) list.entities().size()).isEqualTo(lineCount(file));
        assertThat(list.problems()).containsExactly(
                new Problem(file.toString(), 0, null, "dropped a trailing 0x1A (DOS end-of-file) byte"));
    }

    @Test
    void series_exactCounts() throws IOException {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("sdn_2021-10-06.csv", 9122), Map.entry("sdn_2022-01-05.csv", 9009),
                Map.entry("sdn_2022-04-01.csv", 9852), Map.entry("sdn_2022-07-06.csv", 10426),
                Map.entry("sdn_2022-10-03.csv", 10878), Map.entry("sdn_2023-01-05.csv", 11436),
                Map.entry("sdn_2023-04-04.csv", 11970), Map.entry("sdn_2023-07-11.csv", 12632),
                Map.entry("sdn_2023-10-03.csv", 13126), Map.entry("sdn_2023-11-15.csv", 13349),
                Map.entry("sdn_2023-11-17.csv", 13390), Map.entry("sdn_2024-01-11.csv", 13827),
                Map.entry("sdn_2024-04-02.csv", 14560), Map.entry("sdn_2024-05-03.csv", 14965));
        List<Path> files = seriesFiles().toList();
        assertThat(files).hasSize(14);
        for (Path file : files) {
            assertThat(FORMAT.parse(file, STRICT).entities()).as(file.getFileName().toString())
                    .hasSize(expected.get(file.getFileName().toString()));
        }
    }

    @Test
    void series_crlfAnd0x1a_2024_05_03() throws IOException {
        Path file = SERIES.resolve("sdn_2024-05-03.csv");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) 0x1A);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("\r\n");

        ParsedList list = FORMAT.parse(file, STRICT);
        assertThat(list.entities()).hasSize(14965);
        assertThat(lineCount(file)).isEqualTo(14965);
        assertThat(list.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("0x1A"));
        assertThat(list.entities()).noneSatisfy(e -> assertThat(e.remarks().toString()).contains("\r"));
    }

    @Test
    void series_remarksCutWithoutComments_leaveTheirLastItemUnread() throws IOException {
        // A lone sdn.csv has no sdn_comments.csv: remarks stop at 1,000 characters, mid-item.
        Map<String, Entity> all = byId(FORMAT.parse(SERIES.resolve("sdn_2021-10-06.csv"), STRICT));

        Entity e30518 = all.get("30518");
        assertThat(e30518.remarks().get(0)).hasSize(1000).endsWith("alt. Digital Currency Address - XBT 1Gq");
        assertThat(e30518.identifiers()).extracting(Identifier::value).doesNotContain("1Gq").isNotEmpty();
        assertThat(all.get("33151").identifiers()).extracting(Identifier::value).doesNotContain("1B64QRxf");
        assertThat(all.get("12300").remarks()).doesNotContain("Linked To: PROMO RAI")
                .contains("Linked To: PARQUES TEMATICOS S.A.S.");
    }

    @Test
    void series_nov2023_countsEqualLineCounts() throws IOException {
        for (String name : List.of("sdn_2023-11-15.csv", "sdn_2023-11-17.csv")) {
            Path file = SERIES.resolve(name);
            assertThat((long) FORMAT.parse(file, STRICT).entities().size()).as(name).isEqualTo(lineCount(file));
        }
        // README: 2023-11-15 → 2023-11-17 is 41 added, 0 removed.
        Map<String, Entity> before = byId(FORMAT.parse(SERIES.resolve("sdn_2023-11-15.csv"), STRICT));
        Map<String, Entity> after = byId(FORMAT.parse(SERIES.resolve("sdn_2023-11-17.csv"), STRICT));
        assertThat(after.keySet().stream().filter(id -> !before.containsKey(id))).hasSize(41);
        assertThat(before.keySet()).allMatch(after::containsKey);
    }

    @Test
    void detect_picksOfacCsv_forTheSeriesFileAndTheFolders() throws IOException {
        assertThat(ListFormats.detect(SERIES.resolve("sdn_2024-05-03.csv"))).isInstanceOf(OfacSdnCsvFormat.class);
        assertThat(ListFormats.detect(FULL)).isInstanceOf(OfacSdnCsvFormat.class);
        assertThat(ListFormats.detect(FULL.resolve("sdn.csv"))).isInstanceOf(OfacSdnCsvFormat.class);
        assertThat(ListFormats.detect(MINI)).isInstanceOf(OfacSdnCsvFormat.class);
        assertThat(ListFormats.byName("ofac-csv")).isInstanceOf(OfacSdnCsvFormat.class);
    }

    @Test
    void recognise_companionFilesAndFoldersWithoutSdnCsv_areNotOurs() throws IOException {
        Path comments = FULL.resolve("sdn_comments.csv");
        assertThat(FORMAT.recognise(comments, Files.readString(comments, StandardCharsets.ISO_8859_1))).isZero();
        Path add = FULL.resolve("add.csv");
        assertThat(FORMAT.recognise(add, "10278,13948,-0- ,-0- ,-0- ,-0- \r\n")).isZero();
        assertThat(FORMAT.recognise(SERIES, "")).isZero();
        assertThat(FORMAT.recognise(SharedData.lists("ofac-add-alt-2025-12-24"), "add.csv\nalt.csv\nsdn_comments.csv")).isZero();
    }
}
