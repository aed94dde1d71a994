package org.tradescreen.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradescreen.audit.AuditLog;
import org.tradescreen.audit.InstanceKey;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.lists.sample.BundledSample;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.match.Hit;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.Screener;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.model.Entity;
import org.tradescreen.review.Alert;
import org.tradescreen.review.AlertStatus;
import org.tradescreen.review.Alerts;
import org.tradescreen.testing.TestStores;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/** Monitoring on the real store: deltas equal full re-screens, delistings go to review, the sweep checks. */
class MonitorTest {

    private static final String INSTITUTE = "Ministry of Public Security's Institute of Forensic Science of China";

    @TempDir
    Path dataDir;

    /** The store, loader, lists and monitor of one test. */
    private final class World implements AutoCloseable {
        final Database db;
        final SnapshotStore store;
        final ListLoader loader;
        final ListsAsOf lists;
        final Alerts alerts;
        final Monitor monitor;

        World(String backend) throws Exception {
            db = TestStores.fresh(backend);
            Clock clock = Clock.systemUTC();
            store = new SnapshotStore(db, clock);
            loader = new ListLoader(store, clock);
            lists = new ListsAsOf(store, NameAnalyzer.standard());
            alerts = new Alerts(db, new AuditLog(db, InstanceKey.of(dataDir), clock), clock);
            monitor = new Monitor(db, store, lists, alerts, NameAnalyzer.standard(), dataDir.resolve("cp.idx"), clock,
                    Tuning.DEFAULT_THRESHOLD);
        }

        void load(Path file, LocalDate published) throws IOException {
            loader.load(new LoadRequest(List.of(file), null, null, published, false, false));
        }

        void load(BundledSample.Item item, Path file) throws IOException {
            loader.load(new LoadRequest(List.of(file), item.format(), item.source(), item.published(), false, false));
        }

        Monitor.Imported importCsv(String csv, int screenLimit) {
            Monitor.Import imp = monitor.importer(screenLimit);
            CounterpartyCsv.read(new StringReader(csv), "base.csv", imp::add);
            return imp.finish();
        }

        /** (counterparty, entity) pairs monitoring keeps. */
        Set<String> kept(Set<String> entityIds) {
            return db.query("test", "SELECT counterparty_id, entity_id FROM monitor_match", ps -> { },
                    rs -> rs.getString(1) + " ~ " + rs.getString(2)).stream()
                    .filter(p -> entityIds.contains(p.substring(p.indexOf(" ~ ") + 3)))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        @Override
        public void close() {
            db.close();
        }
    }

    @NeedsSharedData
    @Test
    void sdnNov2023_theDeltaFindsExactlyWhatAFullRescreenFindsForTheChangedEntries() throws Exception {
        try (World w = new World("h2")) {
            w.load(SharedData.lists("ofac-sdn-series/sdn_2023-11-15.csv"), null);
            List<Entity> before = entities(w.lists.at(null, Set.of()).screener());
            Set<String> known = before.stream().map(Entity::id).collect(Collectors.toSet());
            w.load(SharedData.lists("ofac-sdn-series/sdn_2023-11-17.csv"), null);
            List<Entity> after = entities(w.lists.at(null, Set.of()).screener());
            List<Entity> added = after.stream().filter(e -> !known.contains(e.id())).toList();
            assertThat(added).hasSize(41);

            // A base that carries every added entry's name as listed, and misspelt, reordered and cut; names of
            // entries that did not change; and people on no list in many scripts. Made before the new version is
            // watched: the monitor watches 2023-11-15 first.
            String base = base(added, before, 1_500);
            try (World fresh = new World("h2")) {
                fresh.load(SharedData.lists("ofac-sdn-series/sdn_2023-11-15.csv"), null);
                Monitor.Imported imported = fresh.importCsv(base, Integer.MAX_VALUE);
                assertThat(imported.rejected()).isZero();
                assertThat(imported.screen()).isPresent();
                assertThat(fresh.monitor.afterListChange()).isEmpty(); // the version screened against is watched

                fresh.load(SharedData.lists("ofac-sdn-series/sdn_2023-11-17.csv"), null);
                Monitor.Run run = fresh.monitor.afterListChange().orElseThrow();

                Screener whole = fresh.lists.at(null, Set.of()).screener();
                Set<String> changedIds = changedEntryIds(fresh, added);
                Set<String> expected = new TreeSet<>();
                for (Counterparty c : fresh.monitor.counterparties().page(null, null, 100_000)) {
                    for (Hit h : whole.screenAll(c.query(""), Tuning.DEFAULT_THRESHOLD)) {
                        if (changedIds.contains(h.entityId())) {
                            expected.add(c.id() + " ~ " + h.entityId());
                        }
                    }
                }
                assertThat(fresh.kept(changedIds)).isEqualTo(expected);
                assertThat(run.screened()).as("only counterparties that could match were screened")
                        .isLessThan(fresh.monitor.counterparties().count());

                // every counterparty carrying an added entry's listed name has an alert naming that entry
                List<Alert> raised = fresh.alerts.list(AlertStatus.OPEN, 100_000).stream()
                        .filter(a -> a.reason().equals("added") || a.reason().equals("changed")).toList();
                for (Entity e : added) {
                    assertThat(raised).as("an alert on the counterparty named as %s", e.id())
                            .anyMatch(a -> a.counterpartyId().equals("exact-" + e.sourceId())
                                    && a.entityId().equals(e.id()));
                }
                assertThat(raised).as("no alert names an entry the update did not touch")
                        .allMatch(a -> changedIds.contains(a.entityId()));
                assertThat(run.newAlerts()).isEqualTo(raised.size());

                // the safety net agrees with the deltas
                Monitor.Run sweep = fresh.monitor.sweep();
                assertThat(sweep.defects()).as(String.join("\n", sweep.defectSamples())).isZero();
            }
        }
    }

    @NeedsSharedData
    @ParameterizedTest
    @MethodSource("org.tradescreen.testing.TestStores#backends")
    void entityListStory_theInstitutesAlertMovesToReviewWhenItIsDelisted(String backend) throws Exception {
        try (World w = new World(backend)) {
            w.importCsv("id,name,country\ncust-ifs," + INSTITUTE + ",CN\ncust-2,Harbin Tool Works,CN\n",
                    100);
            List<Alert> alertsAt = new ArrayList<>();
            for (BundledSample.Item item : BundledSample.manifest()) {
                w.load(item, extract(item));
                w.monitor.afterListChange();
                w.monitor.screenPending(100);
                if (item.published().equals(LocalDate.of(2020, 6, 4))) {
                    assertThat(institutesAlerts(w)).as("not listed yet").isEmpty();
                }
                if (item.published().equals(LocalDate.of(2020, 6, 5))) {
                    alertsAt.addAll(institutesAlerts(w));
                }
            }
            assertThat(alertsAt).singleElement().satisfies(a -> {
                assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
                assertThat(a.reason()).isEqualTo("added");
            });
            Alert now = w.alerts.get(alertsAt.get(0).id()).orElseThrow();
            assertThat(now.status()).isEqualTo(AlertStatus.ENTITY_DELISTED);
            assertThat(now.note()).contains("no longer on the list");
            assertThat(now.status().live()).as("it waits for a reviewer, it does not close silently").isTrue();
        }
    }

    @NeedsSharedData
    @Test
    void aChangeThatDropsTheMatchingAlias_sendsTheAlertToReview_andASecondChangeRaisesNothingTwice() throws Exception {
        try (World w = new World("h2")) {
            String sample = resource("us-csl_2023-11-15.csv");
            String row = "\"x1\",\"Specially Designated Nationals (SDN) - Treasury Department\",\"\",\"Entity\",\"IRAN\","
                    + "\"ORION STAR SHIPPING LLC\",\"\",\"Dubai, AE\",\"\",\"2024-01-02\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
                    + "\"\",\"\",\"\",\"\",\"\",\"%s\",\"\",\"\",\"\",\"\",\"\",\"\"\n";
            Path v1 = dataDir.resolve("v1.csv");
            Files.writeString(v1, sample + String.format(row, "NORTHWIND MARITIME TRADERS"));
            Path v2 = dataDir.resolve("v2.csv");
            Files.writeString(v2, sample + String.format(row, ""));
            w.importCsv("id,name\nc1,Northwind Maritime Traders\nc2,Orion Star Shipping\n", 100);

            w.load(v1, LocalDate.of(2024, 1, 2));
            assertThat(w.monitor.afterListChange()).as("none was screened before: nothing to bring up to date").isEmpty();
            Monitor.Run first = w.monitor.screenPending(100).orElseThrow();
            assertThat(first.newAlerts()).isEqualTo(2);
            w.load(v2, LocalDate.of(2024, 2, 1));
            Monitor.Run second = w.monitor.afterListChange().orElseThrow();

            assertThat(second.entries()).as("one entry changed in a way matching reads").isEqualTo(1);
            assertThat(second.newAlerts()).isZero();
            assertThat(second.dropped()).isEqualTo(1);
            List<Alert> all = w.alerts.list(null, 100);
            assertThat(all).filteredOn(a -> a.counterpartyId().equals("c1")).singleElement()
                    .satisfies(a -> assertThat(a.status()).isEqualTo(AlertStatus.NO_LONGER_MATCHES));
            assertThat(all).filteredOn(a -> a.counterpartyId().equals("c2")).singleElement()
                    .satisfies(a -> assertThat(a.status()).isEqualTo(AlertStatus.OPEN));
            assertThat(w.monitor.sweep().defects()).isZero();
        }
    }

    /**
     * A new source's first version of many entries is re-screened in batches read from the store (a first list of
     * millions does not fit the heap): what it raises and keeps is what reading it whole does.
     */
    @NeedsSharedData
    @Test
    void aLargeFirstVersion_readInBatches_raisesAndKeepsWhatReadingItWholeDoes() throws Exception {
        Path sdn = SharedData.lists("ofac-sdn-series/sdn_2023-11-15.csv");
        String base;
        try (World w = new World("h2")) {
            w.load(sdn, null);
            List<Entity> listed = entities(w.lists.at(null, Set.of()).screener());
            base = base(listed.subList(0, 60), listed, 300);
        }
        List<Object> outcomes = new ArrayList<>();
        for (boolean batches : new boolean[] {false, true}) {
            try (World w = new World("h2")) {
                if (batches) {
                    w.monitor.streamFirstVersionsAbove(0, 1_000);
                }
                w.load(extractSample("us-csl_2023-11-15.csv"), LocalDate.of(2023, 11, 15));
                assertThat(w.importCsv(base, Integer.MAX_VALUE).screen()).isPresent();
                w.load(sdn, null);

                Monitor.Run run = w.monitor.afterListChange().orElseThrow();

                assertThat(run.newAlerts()).isPositive();
                Set<String> alerts = w.alerts.list(null, 100_000).stream()
                        .map(a -> a.counterpartyId() + " ~ " + a.entityId() + " " + a.reason() + " " + a.status())
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> kept = new TreeSet<>(w.db.query("test", "SELECT counterparty_id, entity_id FROM monitor_match",
                        ps -> { }, rs -> rs.getString(1) + " ~ " + rs.getString(2)));
                outcomes.add(List.of(run.entries(), run.newAlerts(), run.dropped(), alerts, kept));
                assertThat(w.monitor.sweep().defects()).as("the sweep agrees").isZero();
            }
        }
        assertThat(outcomes.get(1)).isEqualTo(outcomes.get(0));
    }

    @NeedsSharedData
    @Test
    void theSweepReportsWhatTheDeltasGotWrong_andMendsIt() throws Exception {
        try (World w = new World("h2")) {
            w.load(extractSample("us-csl_2023-11-15.csv"), LocalDate.of(2023, 11, 15));
            w.importCsv("id,name,country\ncust-ifs," + INSTITUTE + ",CN\n", 100);
            assertThat(w.kept(Set.of("us-csl:" + instituteId(w)))).hasSize(1);
            w.db.transaction("test", c -> c.createStatement().executeUpdate("DELETE FROM monitor_match"));

            Monitor.Run sweep = w.monitor.sweep();

            assertThat(sweep.defects()).isEqualTo(1);
            assertThat(sweep.defectSamples()).singleElement().asString().startsWith("found but not kept: cust-ifs ~ ");
            assertThat(sweep.newAlerts()).as("the pair had its alert already").isZero();
            assertThat(w.monitor.sweep().defects()).as("mended").isZero();
            assertThat(w.monitor.sweepDue()).isFalse();
        }
    }

    @NeedsSharedData
    @Test
    void reimport_sameDataChangesNothing_otherDataSupersedesTheOldAlertAndScreensAgain() throws Exception {
        try (World w = new World("h2")) {
            w.load(extractSample("us-csl_2023-11-15.csv"), LocalDate.of(2023, 11, 15));
            Monitor.Imported first = w.importCsv("id,name,country\ncust-ifs," + INSTITUTE + ",CN\n", 100);
            assertThat(first.added()).isEqualTo(1);
            assertThat(first.screen().orElseThrow().newAlerts()).isEqualTo(1);

            Monitor.Imported same = w.importCsv("id,name,country\ncust-ifs,  " + INSTITUTE + ",cn\n", 100);
            assertThat(List.of(same.added(), same.changed(), same.unchanged())).containsExactly(0, 0, 1);
            assertThat(same.screen()).isEmpty();

            Monitor.Imported other = w.importCsv("id,name,country\ncust-ifs,Institute of Forensic Science of the"
                    + " Ministry of Public Security,CN\n", 100);
            assertThat(other.changed()).isEqualTo(1);
            List<Alert> all = w.alerts.list(null, 10);
            assertThat(all).extracting(Alert::status).containsExactlyInAnyOrder(AlertStatus.SUPERSEDED, AlertStatus.OPEN);
            assertThat(w.monitor.counterparties().pendingCount()).isZero();
        }
    }

    @NeedsSharedData
    @Test
    void anotherAnalyser_readsEveryStoredNameAgain_soDeltasStillFindWhatScreeningFinds() throws Exception {
        try (World w = new World("h2")) {
            w.importCsv("id,name\nc1,Northwind Maritime Traders LLC\n", 100);
            NameAnalyzer plain = new NameAnalyzer(List.of(new org.tradescreen.match.normalize.UnicodeFold(),
                    new org.tradescreen.match.normalize.Punctuation()), List.of());
            Monitor upgraded = new Monitor(w.db, w.store, w.lists, w.alerts, plain, dataDir.resolve("cp.idx"),
                    Clock.systemUTC(), Tuning.DEFAULT_THRESHOLD);

            CounterpartyIndex index = upgraded.index();

            assertThat(index.analyzed(0).tokens()).containsExactly(plain.analyze("Northwind Maritime Traders LLC")
                    .tokens());
            assertThat(w.db.query("test", "SELECT tokens FROM counterparty", ps -> { }, rs -> rs.getString(1)))
                    .as("the stored words are the new analyser's (its legal forms are plain names)")
                    .containsExactly("Nnorthwind Nmaritime Ntraders Nllc");
            assertThat(w.monitor.index().analyzed(0).kind(3)).as("and back").isEqualTo(
                    org.tradescreen.match.normalize.TokenKind.LEGAL_FORM);
        }
    }

    @NeedsSharedData
    @Test
    void badRows_areReportedByLineAndField_andTheRestIsImported() throws Exception {
        try (World w = new World("h2")) {
            List<String> problems = new ArrayList<>();
            Monitor.Import imp = w.monitor.importer(0);
            CounterpartyCsv.read(new StringReader("id,name,type,country,dob,identifier\n"
                    + "a1,Good Name,person,FR,1970-01-02,\n"
                    + ",No Id,,,,\n"
                    + "a3,Bad Country,,Atlantis,,\n"
                    + "a4,Bad Date,,,1970-13-45,\n"
                    + "a5,,,,,\n"
                    + "a6,Second Good,organization,,,\n"), "base.csv", chunk -> {
                        chunk.problems().forEach(p -> problems.add(p.toString()));
                        imp.add(chunk);
                    });
            Monitor.Imported r = imp.finish();

            assertThat(r.added()).isEqualTo(2);
            assertThat(r.rejected()).isEqualTo(4);
            assertThat(r.pending()).as("no list in force: nothing screened, nothing claimed clean").isEqualTo(2);
            assertThat(problems).containsExactly("base.csv:3: field id: required",
                    "base.csv:4: field country: 'Atlantis' is not a known country name or ISO code",
                    "base.csv:5: field dob: '1970-13-45' is not YYYY, YYYY-MM or YYYY-MM-DD",
                    "base.csv:6: field name: required");
        }
    }

    @Test
    void aFileWithoutTheRequiredColumns_failsNamingThem() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CounterpartyCsv.read(
                new StringReader("name,country\nA,FR\n"), "base.csv", chunk -> { }))
                .hasMessageStartingWith("base.csv:1: field id: the header has no 'id' column");
    }

    /** Found by ApiBodiesFuzzTest: a header quote left open was a "cannot read" I/O failure, a 500 on the API. */
    @Test
    void aHeaderOrRowThatIsNotCsv_failsNamingFileAndLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CounterpartyCsv.read(
                new StringReader("id,\"name\n1,A\n"), "base.csv", chunk -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("base.csv:1: the header is not usable CSV: ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CounterpartyCsv.read(
                new StringReader("id,name\n1,A\n2,\"B\n"), "base.csv", chunk -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("base.csv:3: not CSV: ");
    }

    /** Found by ApiBodiesFuzzTest: an identifier wider than its column failed the whole import with a 500. */
    @Test
    void anIdentifierLongerThanItsColumn_isARowProblem() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Counterparty.checked("base.csv:2: ", "c-1", "A", null,
                        null, null, "7".repeat(Counterparty.MAX_IDENTIFIER_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("base.csv:2: identifier: 201 characters; at most 200");
    }

    // ---- fixtures ---------------------------------------------------------------------------------------------

    private static List<Entity> entities(Screener s) {
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < s.index().entityCount(); i++) {
            out.add(s.index().entity(i));
        }
        return out;
    }

    /** Added entries, and changed ones whose change matters for matching, by the store's own diff. */
    private static Set<String> changedEntryIds(World w, List<Entity> added) {
        Set<String> ids = new HashSet<>();
        added.forEach(e -> ids.add(e.id()));
        var versions = w.store.versions("us-ofac-sdn");
        ListChange ch = ListChange.between(w.store, versions.get(0), versions.get(1));
        ch.changed().forEach(e -> ids.add(e.id()));
        return ids;
    }

    /** The base of counterparties written as the import file. */
    private static String base(List<Entity> added, List<Entity> unchanged, int negatives) throws IOException {
        Random random = new Random(14);
        StringBuilder csv = new StringBuilder("id,name,type,country,dob,identifier\n");
        for (Entity e : added) {
            String name = e.primaryName();
            String type = e.type().code().equals("unknown") ? "" : e.type().code();
            csv.append(row("exact-" + e.sourceId(), name, type));
            csv.append(row("typo-" + e.sourceId(), swapInside(name, random), type));
            csv.append(row("reordered-" + e.sourceId(), reversed(name), type));
            csv.append(row("cut-" + e.sourceId(), name.substring(0, Math.max(4, name.length() - 3)), ""));
            e.names().stream().skip(1).limit(2).forEach(n -> csv.append(row("alias-" + random.nextInt(1_000_000),
                    n.value(), "")));
        }
        for (int i = 0; i < 300; i++) {
            Entity e = unchanged.get(random.nextInt(unchanged.size()));
            csv.append(row("old-" + i + "-" + e.sourceId(), e.primaryName(), ""));
        }
        try (Reader r = Files.newBufferedReader(SharedData.eval("screening/vr_negatives_global.csv"))) {
            int i = 0;
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (i++ >= negatives) {
                    break;
                }
                csv.append(row("neg-" + i, rec.get("full_name"), "person"));
            }
        }
        return csv.toString();
    }

    private static String row(String id, String name, String type) {
        return id + ",\"" + name.replace("\"", "\"\"") + "\"," + type + ",,,\n";
    }

    private static String swapInside(String name, Random random) {
        String[] words = name.split(" ");
        for (int attempt = 0; attempt < 10; attempt++) {
            int w = random.nextInt(words.length);
            if (words[w].length() >= 5) {
                char[] c = words[w].toCharArray();
                int i = 1 + random.nextInt(c.length - 3);
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                words[w] = new String(c);
                break;
            }
        }
        return String.join(" ", words);
    }

    private static String reversed(String name) {
        List<String> words = new ArrayList<>(List.of(name.replace(",", "").split(" ")));
        java.util.Collections.reverse(words);
        return String.join(" ", words);
    }

    private static List<Alert> institutesAlerts(World w) {
        return w.alerts.list(null, 100).stream().filter(a -> a.counterpartyId().equals("cust-ifs")
                && a.entityName() != null && a.entityName().contains("Institute of Forensic Science")).toList();
    }

    private String instituteId(World w) {
        return w.lists.at(null, Set.of()).screener().screen(org.tradescreen.match.Query.name(INSTITUTE), 0.9, 1)
                .get(0).sourceId();
    }

    private Path extract(BundledSample.Item item) throws IOException {
        Path file = dataDir.resolve(item.published() + "-" + item.file());
        Files.writeString(file, resource(item.file()));
        return file;
    }

    private Path extractSample(String name) throws IOException {
        Path file = dataDir.resolve(name);
        Files.writeString(file, resource(name));
        return file;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BundledSample.class.getResourceAsStream("/org/tradescreen/lists/sample/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
