package org.tradescreen.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.sample.BundledSample;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.testing.TestStores;

/** The story of STORY.md on the bundled sample: the institute is a hit while listed, and only then. */
class ScreenerStoryTest {

    private static final String INSTITUTE = "Ministry of Public Security's Institute of Forensic Science of China";
    private static ListsAsOf lists;

    @BeforeAll
    static void loadSample() throws Exception {
        SnapshotStore store = new SnapshotStore(TestStores.fresh("h2"), Clock.systemUTC());
        BundledSample.loadInto(new ListLoader(store, Clock.systemUTC()));
        lists = new ListsAsOf(store, NameAnalyzer.standard());
    }

    private static List<Hit> screen(String name, String asOf) {
        return lists.at(LocalDate.parse(asOf), Set.of()).screener()
                .screen(Query.name(name), Tuning.DEFAULT_THRESHOLD, 10);
    }

    @Test
    void instituteIsAHitAsOf2021_withItsListingDateAndList() {
        List<Hit> hits = screen(INSTITUTE, "2021-06-01");

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).name()).isEqualTo(INSTITUTE);
        assertThat(hits.get(0).listedOn()).isEqualTo(LocalDate.of(2020, 6, 5));
        assertThat(hits.get(0).list()).isEqualTo("EL");
        assertThat(hits.get(0).explanation().algorithm()).isEqualTo(Algorithm.TRADESCREEN.stamp());
    }

    @Test
    void instituteIsNoHitAsOf2024_afterItsRemoval() {
        assertThat(screen(INSTITUTE, "2024-01-01")).isEmpty();
    }

    @Test
    void instituteIsNoHitBeforeItsListing() {
        assertThat(screen(INSTITUTE, "2020-06-04")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"公安部物证鉴定中心", "IFS",
            "Forensic Identification Center of the Ministry of Public Security of the People's Republic of China",
            "Material Identification Center of the Ministry of Public Security of the People's Republic of China",
            "Ministry of Public Security Institute of Forensic Science China"})
    void itsChineseNameAndAliasesFindIt(String name) {
        List<Hit> hits = screen(name, "2021-06-01");

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).name()).isEqualTo(INSTITUTE);
    }

    @Test
    void lookAlikesAreNotReportedAsTheInstitute() {
        // Screening the institute finds no look-alike, as of any date.
        for (String date : List.of("2021-06-01", "2023-11-17", "2024-06-01")) {
            assertThat(screen(INSTITUTE, date)).extracting(Hit::name)
                    .doesNotContain("MINISTRY OF PEOPLE'S SECURITY", "XINJIANG PUBLIC SECURITY BUREAU",
                            "Institute of Forensic Science of the Federal Security Service of the Russian Federation");
        }
        // And the look-alikes' own names find themselves, never the institute.
        assertThat(screen("Ministry of Public Security", "2021-06-01")).extracting(Hit::name)
                .containsExactly("MINISTRY OF PEOPLE'S SECURITY");
        assertThat(screen("Institute of Forensic Science", "2024-06-01")).extracting(Hit::name)
                .containsExactly("Institute of Forensic Science of the Federal Security Service of the Russian Federation");
        assertThat(screen("Xinjiang Public Security Bureau", "2021-06-01")).extracting(Hit::name)
                .containsExactly("XINJIANG PUBLIC SECURITY BUREAU");
    }

    @Test
    void concurrentRequestsForOneDayShareOneCompiledIndex() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Screener>> views = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                views.add(pool.submit(() -> lists.at(LocalDate.parse("2020-06-05"), java.util.Set.of()).screener()));
            }
            Screener first = views.get(0).get();
            for (java.util.concurrent.Future<Screener> v : views) {
                assertThat(v.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
