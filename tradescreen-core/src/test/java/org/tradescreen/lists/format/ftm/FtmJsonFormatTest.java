package org.tradescreen.lists.format.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.model.Address;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;
import org.tradescreen.model.PartialDate;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

class FtmJsonFormatTest {

    private static final String PERSON = """
            {"id":"p1","caption":"Jane Roe","schema":"Person","properties":{"name":["Jane Roe"]}}""";
    private static final String COMPANY = """
            {"id":"c1","schema":"Company","properties":{"name":["Roe Ltd"],"country":["gb"]}}""";

    private final FtmJsonFormat format = new FtmJsonFormat();

    private ParsedList parse(Path file, boolean lenient) throws IOException {
        return format.parse(file, new ParseOptions("ftm", lenient));
    }

    private static Path ftm(String file) {
        return SharedData.lists("ftm/" + file);
    }

    // Counted apart: python json over each line, schema in Person/Organization/Company (no other party
    // schema occurs in these files).
    @NeedsSharedData
    @ParameterizedTest
    @CsvSource({
            "t1_entities.ftm.json,            4,  2",
            "zala_entities.ftm.json,          6, 11",
            "parteispenden_entities.ftm.json, 22, 74"})
    void parse_realEntityFiles_keepOnlyParties(String file, int people, int organizations) throws IOException {
        ParsedList list = parse(ftm(file), false);

        assertThat(list.delta()).isFalse();
        assertThat(list.deletedSourceIds()).isEmpty();
        assertThat(list.problems()).isEmpty();
        assertThat(list.statedPublished()).isEmpty();
        assertThat(list.entities()).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(people);
        assertThat(list.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).hasSize(organizations);
        assertThat(list.entities()).hasSize(people + organizations);
    }

    @NeedsSharedData
    @Test
    void parse_zala_knownPerson() throws IOException {
        Entity zakharov = parse(ftm("zala_entities.ftm.json"), false).entities().stream()
                .filter(e -> e.sourceId().equals("NK-aU5ybkbRFJucf8YMwsJvDw")).findFirst().orElseThrow();

        assertThat(zakharov.id()).isEqualTo("ftm:NK-aU5ybkbRFJucf8YMwsJvDw");
        assertThat(zakharov.type()).isEqualTo(EntityType.PERSON);
        assertThat(zakharov.primaryName()).isEqualTo("Alexander Vyacheslavovich ZAKHAROV");
        // 11 names and 7 aliases, less the caption and one alias that repeats a name.
        assertThat(zakharov.names()).hasSize(17)
                .extracting(Name::value).contains("Aleksandr Vyacheslavovich Zakharov",
                        "Александр Вячеславович Захаров",
                        "Zakharov Oleksandr Viacheslavovych");
        assertThat(zakharov.names()).filteredOn(n -> n.kind() == NameKind.PRIMARY).hasSize(1);
        assertThat(zakharov.birthDates()).containsExactly(PartialDate.parse("1965-09-21"));
        assertThat(zakharov.nationalities()).containsExactly("RU");
        assertThat(zakharov.gender()).isEqualTo("male");
        assertThat(zakharov.identifiers()).containsExactlyInAnyOrder(
                new Identifier("taxNumber", "183111242406", null, null),
                new Identifier("innCode", "183111242406", null, null),
                new Identifier("uniqueEntityId", "RSCWQEZSPEN9", null, null),
                new Identifier("uniqueEntityId", "M57DAD27NLC8", null, null));
        // The Address entity, and the one address text that does not repeat it.
        assertThat(zakharov.addresses()).containsExactly(
                new Address("272 Pushkinskaya Street, Apt 41", "Izhevsk", null, "426008", "RU", "RU"),
                new Address("IZHEVSK, 426008", null, null, null, null, null));
        // 13 Sanction entities name him: earliest startDate, none has ended, 13 distinct authorities.
        assertThat(zakharov.listing().listedOn()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(zakharov.listing().endDate()).isNull();
        assertThat(zakharov.listing().citation().split("; ")).hasSize(13).contains("Office of Foreign Assets Control");
        assertThat(zakharov.programs()).containsExactly(
                "UA-SA1644", "US-RUSHAR", "NZ-RSA2022", "SECO-UKRAINE", "GB-RUS", "EU-UKR", "Reciprocal");
        assertThat(zakharov.title()).isEqualTo("Propriétaire de LLC CST; Owner of LLC CST");
        assertThat(zakharov.sourceUrl())
                .isEqualTo("https://gels-avoirs.dgtresor.gouv.fr/Gels/RegistreDetail?idRegistre=7952");
        assertThat(zakharov.remarks()).contains("topics: debarment, corp.disqual, sanction");
    }

    @NeedsSharedData
    @Test
    void parse_zala_relatedPartiesAreRemarked() throws IOException {
        assertThat(parse(ftm("zala_entities.ftm.json"), false).entities())
                .filteredOn(e -> e.remarks().stream().anyMatch(r -> r.startsWith("related party")))
                .extracting(Entity::sourceId)
                .containsExactlyInAnyOrder(
                        "NK-56Edov9bas9puzaChH5pBy", "NK-9Xa4Kg7Y7nfccE7VcZt6Q6", "ru-inn-5920040846");
    }

    // Counted apart with grep -c '"op": *"ADD"' (and MOD, DEL) on each file.
    @NeedsSharedData
    @ParameterizedTest
    @CsvSource({
            "t2_20240527134702-zbn_entities.delta.json, 0, 0, 0, 2024-05-27",
            "t2_20240527194702-wnk_entities.delta.json, 2, 0, 0, 2024-05-27",
            "t2_20240528014702-pfh_entities.delta.json, 1, 1, 0, 2024-05-28",
            "t2_20240528074703-npf_entities.delta.json, 0, 0, 1, 2024-05-28",
            "t2_20240528134729-3iv_entities.delta.json, 1, 0, 0, 2024-05-28"})
    void parse_realDeltaSeries_upsertsAndDeletes(String file, int adds, int mods, int dels, LocalDate published)
            throws IOException {
        ParsedList list = parse(ftm(file), false);

        assertThat(list.delta()).isTrue();
        assertThat(list.entities()).hasSize(adds + mods);
        assertThat(list.deletedSourceIds()).hasSize(dels);
        assertThat(list.statedPublished()).contains(published);
        assertThat(list.problems()).isEmpty();
    }

    @NeedsSharedData
    @Test
    void parse_realDeltas_carryTheirIds() throws IOException {
        assertThat(parse(ftm("t2_20240528014702-pfh_entities.delta.json"), false).entities())
                .extracting(Entity::sourceId).containsExactly("NK-500Poltergeist", "NK-2T3S8Hu29ktYnKSTgQp2wL");
        assertThat(parse(ftm("t2_20240528074703-npf_entities.delta.json"), false).deletedSourceIds())
                .containsExactly("NK-500Poltergeist");
        Entity plotnikov = parse(ftm("t2_20240528134729-3iv_entities.delta.json"), false).entities().get(0);
        assertThat(plotnikov.primaryName()).isEqualTo("Vladimir Nikolaevich PLOTNIKOV");
        assertThat(plotnikov.birthDates()).containsExactly(PartialDate.parse("1961-11-30"));
    }

    @NeedsSharedData
    @ParameterizedTest
    @ValueSource(strings = {"t1_delta.json", "t2_delta.json"})
    void parse_realDeltaIndex_isRefused(String file) {
        assertThatThrownBy(() -> parse(ftm(file), true))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("versions");
                    assertThat(e.getMessage()).contains(file).contains("delta index");
                });
    }

    @Test
    void parse_badJsonLine_strictFailsNamingLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, "x.ftm.json", PERSON + "\n{\"id\":\"c1\",\"schema\" \"Company\"}\n" + COMPANY + "\n");

        assertThatThrownBy(() -> parse(file, false))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains(file.toString()).contains("not valid JSON");
                });
    }

    @Test
    void parse_badJsonLine_lenientSkipsAndReports(@TempDir Path dir) throws IOException {
        Path file = write(dir, "x.ftm.json", PERSON + "\n{\"id\":\"c1\",\"schema\" \"Company\"}\n" + COMPANY + "\n");

        ParsedList list = parse(file, true);

        assertThat(list.entities()).extracting(Entity::sourceId).containsExactly("p1", "c1");
        assertThat(list.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }

    @Test
    void parse_truncatedLastLine_failsOrIsSkipped(@TempDir Path dir) throws IOException {
        Path file = write(dir, "x.ftm.json", PERSON + "\n" + COMPANY.substring(0, 40));

        assertThatThrownBy(() -> parse(file, false))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("truncated");
                });
        assertThat(parse(file, true).entities()).extracting(Entity::sourceId).containsExactly("p1");
    }

    @Test
    void parse_lastLineWithoutNewline_isNoDamage(@TempDir Path dir) throws IOException {
        Path file = write(dir, "x.ftm.json", PERSON + "\n" + COMPANY);

        assertThat(parse(file, false).entities()).extracting(Entity::sourceId).containsExactly("p1", "c1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"schema\":\"Person\",\"properties\":{\"name\":[\"X\"]}}|id",
            "{\"id\":\"x\",\"properties\":{\"name\":[\"X\"]}}|schema",
            "{\"id\":\"x\",\"schema\":\"Person\",\"properties\":{}}|properties.name"})
    void parse_entityWithoutField_failsNamingIt(String line, String field, @TempDir Path dir) throws IOException {
        Path file = write(dir, "x.ftm.json", PERSON + "\n" + line + "\n");

        assertThatThrownBy(() -> parse(file, false))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo(field);
                });
        assertThat(parse(file, true).problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo(field));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"op\":\"ADD\",\"entity\":{\"schema\":\"Person\"}}|entity.id",
            "{\"op\":\"MOD\",\"entity\":{\"id\":\"p1\"}}|entity.schema",
            "{\"op\":\"UPSERT\",\"entity\":{\"id\":\"p1\"}}|op",
            "{\"op\":\"DEL\"}|entity",
            "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{}}|op"})
    void parse_badDeltaLine_failsNamingField(String line, String field, @TempDir Path dir) throws IOException {
        Path file = write(dir, "x.delta.json", "{\"op\":\"DEL\",\"entity\":{\"id\":\"old\"}}\n" + line + "\n");

        assertThatThrownBy(() -> parse(file, false))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    @Test
    void parse_deltaOpsForOneId_lastWins(@TempDir Path dir) throws IOException {
        Path file = write(dir, "x.delta.json", String.join("\n",
                "{\"op\":\"ADD\",\"entity\":" + PERSON + "}",
                "{\"op\":\"DEL\",\"entity\":{\"id\":\"p1\"}}",
                "{\"op\":\"DEL\",\"entity\":{\"id\":\"c1\"}}",
                "{\"op\":\"MOD\",\"entity\":" + COMPANY + "}"));

        ParsedList list = parse(file, false);

        assertThat(list.entities()).extracting(Entity::sourceId).containsExactly("c1");
        assertThat(list.deletedSourceIds()).containsExactly("p1");
        assertThat(list.statedPublished()).isEmpty();
    }

    @Test
    void parse_repeatedIdInEntityFile_isDamage(@TempDir Path dir) throws IOException {
        Path file = write(dir, "x.ftm.json", PERSON + "\n" + PERSON + "\n");

        assertThatThrownBy(() -> parse(file, false))
                .isInstanceOfSatisfying(ListFormatException.class, e -> assertThat(e.field()).isEqualTo("id"));
        assertThat(parse(file, true).entities()).hasSize(1);
    }

    @Test
    void parse_emptyFile_isNoChangeOnlyForADelta(@TempDir Path dir) throws IOException {
        assertThat(parse(write(dir, "x.delta.json", ""), false).entities()).isEmpty();
        assertThatThrownBy(() -> parse(write(dir, "x.ftm.json", "\n"), true))
                .isInstanceOf(ListFormatException.class).hasMessageContaining("no readable entities");
    }

    @Test
    void parse_handWrittenIndex_isRefused(@TempDir Path dir) throws IOException {
        Path file = write(dir, "index.json", """
                {"versions": {"v1": "https://example.org/v1/entities.delta.json"}}
                """);

        assertThatThrownBy(() -> parse(file, false))
                .isInstanceOfSatisfying(ListFormatException.class, e -> assertThat(e.field()).isEqualTo("versions"));
        assertThat(ListFormats.detect(file).name()).isEqualTo(FtmJsonFormat.NAME);
    }

    @Test
    void parse_linkedEntities_resolveWithinTheFile(@TempDir Path dir) throws IOException {
        Path file = write(dir, "x.ftm.json", """
                {"id":"v1","schema":"Vessel","properties":{"name":["SEA STAR"],"imoNumber":["9123456"],\
                "flag":["pa"],"weakAlias":["STAR"],"previousName":["OLD STAR"],"addressEntity":["a1","elsewhere"]}}
                {"id":"a1","schema":"Address","properties":{"full":["Panama City, Panama"],"country":["pa"]}}
                {"id":"s1","schema":"Sanction","properties":{"entity":["v1"],"startDate":["2020-05-01"],\
                "endDate":["2022-01-01"],"program":["IRAN"],"authority":["OFAC"]}}
                {"id":"i1","schema":"Passport","properties":{"holder":["p1"],"number":["X123"],"country":["us"]}}
                """ + PERSON);

        ParsedList list = parse(file, false);

        Entity vessel = list.entities().get(0);
        assertThat(vessel.type()).isEqualTo(EntityType.VESSEL);
        assertThat(vessel.names()).containsExactly(Name.primary("SEA STAR"), Name.alias("STAR", true),
                Name.of("OLD STAR", NameKind.FORMER, false));
        assertThat(vessel.identifiers()).containsExactly(new Identifier("imoNumber", "9123456", null, null));
        assertThat(vessel.vessel().flag()).isEqualTo("PA");
        assertThat(vessel.addresses())
                .containsExactly(new Address("Panama City, Panama", null, null, null, "PA", "PA"));
        assertThat(vessel.listing().listedOn()).isEqualTo(LocalDate.of(2020, 5, 1));
        assertThat(vessel.listing().endDate()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(vessel.listing().citation()).isEqualTo("OFAC");
        assertThat(vessel.programs()).containsExactly("IRAN");
        assertThat(list.entities().get(1).identifiers())
                .containsExactly(new Identifier("Passport", "X123", "US", null));
    }

    @NeedsSharedData
    @Test
    void detect_realAndHandWrittenFiles_pickFtm(@TempDir Path dir) throws IOException {
        Path entities = write(dir, "list.jsonl", PERSON + "\n");
        Path delta = write(dir, "changes.jsonl", "{\"op\":\"DEL\",\"entity\":{\"id\":\"p1\"}}\n");

        for (Path file : List.of(entities, delta, ftm("zala_entities.ftm.json"),
                ftm("parteispenden_entities.ftm.json"), ftm("t2_20240527194702-wnk_entities.delta.json"),
                ftm("t2_20240527134702-zbn_entities.delta.json"), ftm("t2_delta.json"))) {
            assertThat(ListFormats.detect(file).name()).as(file.toString()).isEqualTo(FtmJsonFormat.NAME);
        }
        assertThat(ListFormats.byName("ftm-json").defaultSource()).isEqualTo("ftm");
    }

    /** Damaged and odd files that {@link FtmJsonFormat#stream} must read as {@link FtmJsonFormat#parse} does. */
    static List<byte[]> oddFiles() {
        String damaged = "\uFEFF" + PERSON + "\n\n{not json\n" + """
                {"schema":"Person","properties":{"name":["No Id"]}}
                {"id":"x1","schema":"Person","properties":{}}
                {"id":"a1","schema":"Address","properties":{"full":["Here"]}}
                {"id":"a1","schema":"Address","properties":{"full":["There"]}}
                {"id":"c1","schema":"Company","properties":{"name":["Roe Ltd"],"addressEntity":["a1"]}}
                """ + PERSON + "\n" + COMPANY + "\r\n{\"id\":\"cut\",\"sch";
        return List.of(damaged.getBytes(StandardCharsets.UTF_8),
                (PERSON + "\n" + COMPANY + "\n\u001a\u001a").getBytes(StandardCharsets.UTF_8),
                (COMPANY.replace("Roe Ltd", "Ro\u00e9 Ltd") + "\n").getBytes(java.nio.charset.Charset.forName("windows-1252")),
                "{\"op\":\"DEL\",\"entity\":{\"id\":\"p1\"}}\n".getBytes(StandardCharsets.UTF_8),
                "\n\n".getBytes(StandardCharsets.UTF_8),
                "{\"versions\": {}}".getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("oddFiles")
    void stream_readsWhatParseReads_faultsIncluded(byte[] content, @TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("odd.ftm.json"), content);
        for (boolean lenient : new boolean[] {true, false}) {
            ParseOptions options = new ParseOptions("ftm", lenient);
            ParsedList whole;
            try {
                whole = format.parse(file, options);
            } catch (ListFormatException e) {
                assertThatThrownBy(() -> format.stream(file, options, x -> { }))
                        .isInstanceOf(ListFormatException.class).hasMessage(e.getMessage());
                continue;
            }
            List<Entity> streamed = new java.util.ArrayList<>();
            ParsedList rest = format.stream(file, options, streamed::add);
            if (whole.delta()) {
                assertThat(rest).isEqualTo(whole);
                continue;
            }
            assertThat(streamed).isEqualTo(whole.entities());
            assertThat(rest.entities()).isEmpty();
            assertThat(rest.problems()).containsExactlyInAnyOrderElementsOf(whole.problems());
            assertThat(rest.statedPublished()).isEqualTo(whole.statedPublished());
        }
    }

    @NeedsSharedData
    @ParameterizedTest
    @ValueSource(strings = {"t1_entities.ftm.json", "zala_entities.ftm.json", "parteispenden_entities.ftm.json",
            "t2_20240527194702-wnk_entities.delta.json", "t2_20240527134702-zbn_entities.delta.json"})
    void stream_realFiles_readWhatParseReads(String name) throws IOException {
        ParsedList whole = parse(ftm(name), false);
        List<Entity> streamed = new java.util.ArrayList<>();
        ParsedList rest = format.stream(ftm(name), new ParseOptions("ftm", false), streamed::add);

        if (whole.delta()) {
            assertThat(rest).isEqualTo(whole);
            assertThat(streamed).isEmpty();
        } else {
            assertThat(streamed).isEqualTo(whole.entities());
            assertThat(rest.problems()).isEqualTo(whole.problems());
        }
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
