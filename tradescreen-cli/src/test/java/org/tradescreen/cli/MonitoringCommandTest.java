package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.sample.BundledSample;

/** Monitoring as a user runs it: import a base, load list versions one by one, see the alerts follow. */
class MonitoringCommandTest {

    private static final String INSTITUTE = "Ministry of Public Security's Institute of Forensic Science of China";
    /** Listed in the newest sample version, unlike the institute. */
    private static final String HUAWEI = "Huawei Technologies Co., Ltd.";

    @TempDir
    Path data;

    @TempDir
    Path files;

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    @Test
    void entityListStory_listedOn20200605_alertRaised_delistedOn20231117_alertGoesToReview() throws IOException {
        Path base = files.resolve("base.csv");
        Files.writeString(base, "id,name,type,country,dob,identifier\n"
                + "cust-ifs,\"" + INSTITUTE + "\",organization,CN,,\n"
                + "cust-2,Harbin Tool Works,organization,CN,,\n");
        CliRun imported = run("counterparties", "import", "--json", base.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.json().path("added").asInt()).isEqualTo(2);
        assertThat(imported.json().path("pending").asInt()).as("no list loaded: none is claimed clean").isEqualTo(2);

        JsonNode listedAlert = null;
        for (BundledSample.Item item : BundledSample.manifest()) {
            CliRun load = run("lists", "load", "--json", "--source", item.source(), "--format", item.format(),
                    "--published", item.published().toString(), extract(item).toString());
            assertThat(load.exit()).as(load.err()).isZero();
            if (item.published().toString().equals("2020-06-05")) {
                assertThat(load.json().path("monitoring").path("delta").path("new_alerts").asInt()).isPositive();
                listedAlert = institutesAlerts().get(0);
                assertThat(listedAlert.path("status").asText()).isEqualTo("open");
                assertThat(listedAlert.path("reason").asText()).isEqualTo("added");
                assertThat(listedAlert.path("list_version").asText()).isEqualTo("us-csl:2");
                assertThat(listedAlert.path("score").asDouble()).isGreaterThanOrEqualTo(0.75);
            }
            if (item.published().toString().equals("2020-06-04")) {
                assertThat(institutesAlerts()).as("not yet listed").isEmpty();
            }
        }
        assertThat(listedAlert).isNotNull();

        CliRun delisted = run("alerts", "--status", "entity_delisted", "--json");
        assertThat(delisted.exit()).isZero();
        assertThat(delisted.json().path("alerts")).anySatisfy(a -> {
            assertThat(a.path("counterparty_id").asText()).isEqualTo("cust-ifs");
            assertThat(a.path("id").asLong()).isEqualTo(institutesAlertId());
        });
        CliRun sweep = run("counterparties", "sweep", "--json");
        assertThat(sweep.exit()).as(sweep.err()).isZero();
        assertThat(sweep.json().path("defects").asInt()).isZero();
    }

    @Test
    void importReportsBadRowsByLineAndField_keepsTheRest_andAReimportReplaces() throws IOException {
        assertThat(run("lists", "--json").exit()).isZero(); // loads the bundled sample
        Path base = files.resolve("base.csv");
        Files.writeString(base, "id,name,type,country,dob,identifier\n"
                + "c1,\"" + HUAWEI + "\",organization,CN,,\n"
                + "c2,Some Person,human,,,\n"
                + "c3,Other Person,person,,1980-02-30,\n"
                + "c4,Plain Trading Co,organization,DE,,\n");

        CliRun first = run("counterparties", "import", base.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("2 added, 0 changed, 0 unchanged, 2 rejected");
        assertThat(first.err()).contains(base + ":3: field type: 'human' is not person, organization, vessel or aircraft")
                .contains(base + ":4: field dob: '1980-02-30'");
        assertThat(first.out()).contains("2 counterparties screened against");

        Files.writeString(base, "id,name,country\nc1,\"" + HUAWEI + "\",CN\nc4,Plain Trading Company,DE\n");
        CliRun again = run("counterparties", "import", "--json", base.toString());
        assertThat(again.json().path("changed").asInt()).as("c1 lost its type, c4 its name").isEqualTo(2);
        CliRun list = run("counterparties", "list", "--json");
        assertThat(list.json().path("counterparties")).extracting(n -> n.path("name").asText())
                .containsExactly(HUAWEI, "Plain Trading Company");
        CliRun superseded = run("alerts", "--status", "superseded", "--json");
        assertThat(superseded.json().path("alerts")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.path("counterparty_id").asText()).isEqualTo("c1"));
        assertThat(run("alerts", "--status", "open", "--json").json().path("alerts"))
                .anySatisfy(a -> assertThat(a.path("counterparty_id").asText()).isEqualTo("c1"));
    }

    @Test
    void aFileWithoutAnIdColumn_exits2NamingIt() throws IOException {
        Path base = files.resolve("base.csv");
        Files.writeString(base, "name,country\nA,FR\n");

        CliRun r = run("counterparties", "import", base.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("field id: the header has no 'id' column");
    }

    private List<JsonNode> institutesAlerts() {
        List<JsonNode> out = new ArrayList<>();
        run("alerts", "--json").json().path("alerts").forEach(a -> {
            if (a.path("counterparty_id").asText().equals("cust-ifs")
                    && a.path("entity_name").asText().contains("Institute of Forensic Science")) {
                out.add(a);
            }
        });
        return out;
    }

    private long institutesAlertId() {
        return institutesAlerts().get(0).path("id").asLong();
    }

    private Path extract(BundledSample.Item item) throws IOException {
        Path file = files.resolve(item.published() + "-" + item.file());
        try (InputStream in = BundledSample.class.getResourceAsStream("/org/tradescreen/lists/sample/" + item.file())) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }
}
