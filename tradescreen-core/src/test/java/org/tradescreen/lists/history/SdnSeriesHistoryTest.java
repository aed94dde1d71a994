package org.tradescreen.lists.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradescreen.lists.format.ListText;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.testing.TestStores;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/**
 * The 14 real SDN captures, loaded in a shuffled order, give the diffs and entity timelines that a
 * plain reading of the raw files says are true: an entry is its trimmed cells; added, removed and
 * changed are set differences over ent_num.
 */
@NeedsSharedData
class SdnSeriesHistoryTest {

    private static List<Path> series() throws IOException {
        try (Stream<Path> s = Files.list(SharedData.lists("ofac-sdn-series"))) {
            return s.filter(p -> p.getFileName().toString().matches("sdn_\\d{4}-\\d{2}-\\d{2}\\.csv")).sorted().toList();
        }
    }

    /** The truth, independently of the parser under test: ent_num to the row's trimmed cells. */
    private static Map<String, List<String>> rawRows(Path file) throws IOException {
        Map<String, List<String>> rows = new HashMap<>();
        String text = ListText.read(file).text();
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text))) {
            List<String> cells = new ArrayList<>();
            r.forEach(c -> cells.add(c.strip()));
            rows.put(cells.get(0), cells);
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}, shuffled with seed {1}")
    @CsvSource({"h2, 42", "postgres, 7"})
    void shuffledLoads_giveTheTrueDiffsAndTimelines(String backend, long seed) throws Exception {
        SnapshotStore store = new SnapshotStore(TestStores.fresh(backend), Clock.systemUTC());
        ListLoader loader = new ListLoader(store, Clock.systemUTC());
        List<Path> files = series();
        List<Path> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(seed));
        for (Path f : shuffled) {
            loader.load(new LoadRequest(List.of(f), null, null, null, false, false));
        }

        List<SnapshotVersion> versions = store.versions("us-ofac-sdn");
        assertThat(versions).extracting(v -> v.published().toString())
                .containsExactlyElementsOf(files.stream().map(f -> f.getFileName().toString().substring(4, 14)).toList());

        List<Map<String, List<String>>> truth = new ArrayList<>();
        for (Path f : files) {
            truth.add(rawRows(f));
        }
        for (int i = 1; i < files.size(); i++) {
            Map<String, List<String>> a = truth.get(i - 1);
            Map<String, List<String>> b = truth.get(i);
            ListDiff diff = ListDiff.between(store, versions.get(i - 1), versions.get(i));
            assertThat(ids(diff.added())).as("added %s", versions.get(i).published())
                    .isEqualTo(new TreeSet<>(minus(b.keySet(), a.keySet())));
            assertThat(ids(diff.removed())).as("removed %s", versions.get(i).published())
                    .isEqualTo(new TreeSet<>(minus(a.keySet(), b.keySet())));
            Set<String> changed = new TreeSet<>();
            for (String id : b.keySet()) {
                if (a.containsKey(id) && !a.get(id).equals(b.get(id))) {
                    changed.add(id);
                }
            }
            assertThat(new TreeSet<>(diff.changed().stream().map(ListDiff.Change::sourceId).toList()))
                    .as("changed %s", versions.get(i).published()).isEqualTo(changed);
        }

        for (String id : idsWithEventsBeyondListing(truth)) {
            List<String> expected = expectedEvents(truth, versions, id);
            List<String> actual = EntityHistory.of(store, "us-ofac-sdn:" + id).orElseThrow().events().stream()
                    .map(e -> e.date() + " " + e.event().code()).toList();
            assertThat(actual).as("timeline of %s", id).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({"h2", "postgres"})
    void nov2023Captures_diffTo41Added0Removed2Changed(String backend) throws Exception {
        SnapshotStore store = new SnapshotStore(TestStores.fresh(backend), Clock.systemUTC());
        ListLoader loader = new ListLoader(store, Clock.systemUTC());
        loader.load(new LoadRequest(List.of(SharedData.lists("ofac-sdn-series/sdn_2023-11-15.csv")), null, null, null,
                false, false));
        var r = loader.load(new LoadRequest(List.of(SharedData.lists("ofac-sdn-series/sdn_2023-11-17.csv")), null,
                null, null, false, false));

        assertThat(List.of(r.added(), r.removed(), r.changed())).containsExactly(41, 0, 2);
        assertThat(r.published()).isEqualTo(LocalDate.of(2023, 11, 17));
    }

    private static Set<String> ids(List<ListDiff.Entry> entries) {
        return new TreeSet<>(entries.stream().map(ListDiff.Entry::sourceId).toList());
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** Ids that were delisted, changed or absent from the first capture: the interesting timelines. */
    private static Set<String> idsWithEventsBeyondListing(List<Map<String, List<String>>> truth) {
        Set<String> all = new TreeSet<>();
        truth.forEach(t -> all.addAll(t.keySet()));
        Set<String> interesting = new TreeSet<>();
        for (String id : all) {
            List<String> previous = null;
            boolean first = true;
            for (Map<String, List<String>> t : truth) {
                List<String> row = t.get(id);
                if ((!first && !java.util.Objects.equals(row, previous)) || (first && row == null)) {
                    interesting.add(id);
                }
                previous = row;
                first = false;
            }
        }
        return interesting;
    }

    private static List<String> expectedEvents(List<Map<String, List<String>>> truth, List<SnapshotVersion> versions,
                                               String id) {
        List<String> events = new ArrayList<>();
        List<String> previous = null;
        boolean seen = false;
        for (int i = 0; i < truth.size(); i++) {
            List<String> row = truth.get(i).get(id);
            String date = versions.get(i).published().toString();
            if (row != null && previous == null) {
                events.add(date + (seen ? " relisted" : " listed"));
                seen = true;
            } else if (row != null && !row.equals(previous)) {
                events.add(date + " changed");
            } else if (row == null && previous != null) {
                events.add(date + " delisted");
            }
            previous = row;
        }
        return events;
    }
}
