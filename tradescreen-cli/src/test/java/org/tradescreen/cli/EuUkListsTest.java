package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/** The EU and UK lists as a user loads, diffs and screens them, from the real files. */
@NeedsSharedData
class EuUkListsTest {

    private static final Path SHARED = SharedData.lists("");
    private static final String EU = SHARED.resolve("eu-fsf/eu_fsf_xml_1_1_excerpt_2026-08-05.xml").toString();
    private static final String UK = SHARED.resolve("uk-sanctions-list/UK-Sanctions-List_xml_excerpt_2026-09-07.xml")
            .toString();

    @TempDir
    Path data;

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    @Test
    void ofsiDiff_fromTheTenthToTheFourteenthOfApril2025_twoAddedThreeChanged() {
        for (String day : List.of("10", "14")) {
            CliRun load = run("lists", "load", "--json",
                    SHARED.resolve("uk-sanctions-list/ofsi_ConList_2022format_2025-04-" + day + ".xlsx").toString());
            assertThat(load.exit()).as(load.err()).isZero();
            assertThat(load.json().path("source").asText()).isEqualTo("uk-hmt");
            assertThat(load.json().path("published").asText()).isEqualTo("2025-04-" + day);
        }

        CliRun diff = run("lists", "diff", "--source", "uk-hmt", "--from", "2025-04-10", "--to", "2025-04-14", "--json");

        assertThat(diff.exit()).as(diff.err()).isZero();
        JsonNode d = diff.json();
        assertThat(ids(d.path("added"))).containsExactlyInAnyOrder("16856", "16857");
        assertThat(d.path("removed")).isEmpty();
        assertThat(ids(d.path("changed"))).containsExactlyInAnyOrder("16201", "16413", "16849");
    }

    @Test
    void euEntities_areFoundAsOfTheFilesDate_byLatinAndArabicNames() {
        assertThat(run("lists", "load", EU).exit()).isZero();

        CliRun arabic = run("screen", "--as-of", "2026-08-05", "--source", "eu-fsf", "--json", "عبد المنان آغا");
        CliRun latin = run("screen", "--as-of", "2026-08-05", "--source", "eu-fsf", "--json", "Ibrahim Hassan al-Asiri");

        assertThat(arabic.exit()).isEqualTo(1);
        assertThat(topHit(arabic).path("entity_id").asText()).isEqualTo("eu-fsf:EU.367.96");
        assertThat(latin.exit()).isEqualTo(1);
        assertThat(topHit(latin).path("entity_id").asText()).isEqualTo("eu-fsf:EU.3092.36");
        // the day before the file: the list was not in force, so no clean answer
        assertThat(run("screen", "--as-of", "2026-08-04", "--source", "eu-fsf", "Sovcombank").exit()).isEqualTo(4);
    }

    @Test
    void ukEntities_areFoundAsOfTheFilesDate_byLatinCyrillicAndArabicNames() {
        assertThat(run("lists", "load", UK).exit()).isZero();

        for (String[] query : List.of(
                new String[] {"Павел Иванович Казаков", "uk-sanctions-list:BEL0174"},
                new String[] {"محمد حسن آخوند", "uk-sanctions-list:AFG0006"},
                new String[] {"Jal Vahini", "uk-sanctions-list:DPR0075"})) {
            CliRun r = run("screen", "--as-of", "2026-09-07", "--source", "uk-sanctions-list", "--json", query[0]);
            assertThat(r.exit()).as(query[0]).isEqualTo(1);
            assertThat(topHit(r).path("entity_id").asText()).as(query[0]).isEqualTo(query[1]);
        }
    }

    @Test
    void aWeakUkAlias_isMarkedWeakInTheHit() {
        assertThat(run("lists", "load", UK).exit()).isZero();

        CliRun r = run("screen", "--as-of", "2026-09-07", "--source", "uk-sanctions-list", "--json", "Mudir");

        JsonNode hit = topHit(r);
        assertThat(hit.path("entity_id").asText()).isEqualTo("uk-sanctions-list:AFG0009");
        assertThat(hit.path("matched_name").asText()).isEqualTo("Mudir");
        List<String> features = new ArrayList<>();
        hit.path("explanation").path("features").forEach(f -> features.add(f.path("feature").asText()));
        assertThat(features).contains("weakAlias");
        assertThat(hit.path("score").asDouble()).isLessThan(1.0);
    }

    /** A cut-off download fails naming file and line; a much smaller list is refused; the good version stays. */
    @Test
    void aBrokenOrShrunkEuFile_neverReplacesTheGoodOne() throws Exception {
        assertThat(run("lists", "load", EU).exit()).isZero();
        String xml = java.nio.file.Files.readString(Path.of(EU));
        Path cut = data.resolve("cut.xml");
        java.nio.file.Files.writeString(cut, xml.substring(0, xml.length() / 2));
        Path shrunk = data.resolve("shrunk.xml");
        int second = xml.indexOf("<sanctionEntity", xml.indexOf("<sanctionEntity") + 1);
        java.nio.file.Files.writeString(shrunk, xml.substring(0, second) + "</export>\n");

        CliRun broken = run("lists", "load", "--source", "eu-fsf", "--published", "2026-08-06", cut.toString());
        CliRun small = run("lists", "load", "--source", "eu-fsf", "--published", "2026-08-07", shrunk.toString());

        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("cut.xml:").contains("unreadable XML");
        assertThat(small.exit()).isNotZero();
        assertThat(small.err()).contains("refused: eu-fsf would drop from 17 entities");
        JsonNode versions = ListsCommandTest.source(run("lists", "--json").json(), "eu-fsf").path("versions");
        assertThat(versions).hasSize(1);
    }

    /** The consignment policy tells a weak alias from a strong name on the UK list: review, not hold. */
    @Test
    void consignments_holdOnAStrongUkName_reviewOnAWeakAlias() throws Exception {
        assertThat(run("lists", "load", UK).exit()).isZero();
        Path manifest = data.resolve("m.jsonl");
        String line = "{\"consignment_id\":\"%s\",\"as_of\":\"2026-09-10\",\"direction\":\"export\",\"parties\":"
                + "[{\"role\":\"consignee\",\"name\":\"%s\",\"country\":\"AF\"}],"
                + "\"lines\":[{\"description\":\"ceramic mug\",\"hs_code\":\"6912.00\"}]}\n";
        java.nio.file.Files.writeString(manifest, line.formatted("WEAK", "Mudir")
                + line.formatted("STRONG", "Muhammad Taher Anwari"));

        JsonNode results = run("consignments", "screen", "--json", manifest.toString()).json().path("results");

        assertThat(results.get(0).path("decision").asText()).isEqualTo("REVIEW");
        assertThat(results.get(1).path("decision").asText()).isEqualTo("HOLD");
    }

    private static JsonNode topHit(CliRun r) {
        JsonNode hits = r.json().path("hits");
        assertThat(hits).as(r.out()).isNotEmpty();
        return hits.get(0);
    }

    private static List<String> ids(JsonNode entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.path("source_id").asText()));
        return out;
    }
}
