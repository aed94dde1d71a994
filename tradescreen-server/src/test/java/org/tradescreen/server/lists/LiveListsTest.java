package org.tradescreen.server.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.sample.BundledSample;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.normalize.NameAnalyzer;

class LiveListsTest {

    @TempDir
    Path dir;

    @Test
    void beforeTheFirstIndexTodayIsNotReadyButThePastIsServed() throws Exception {
        try (Database db = Database.open(Database.embeddedUrl(dir))) {
            SnapshotStore store = new SnapshotStore(db, Clock.systemUTC());
            BundledSample.loadInto(new ListLoader(store, Clock.systemUTC()));
            LiveLists live = new LiveLists(store, new ListsAsOf(store, NameAnalyzer.standard()));

            assertThat(live.ready()).isFalse();
            assertThatThrownBy(() -> live.at(null)).isInstanceOf(LiveLists.NotReadyException.class);
            assertThat(live.at(LocalDate.of(2021, 6, 1)).versions()).hasSize(1);

            assertThat(live.rebuild()).isTrue();
            assertThat(live.ready()).isTrue();
            ListsAsOf.View today = live.at(null);
            assertThat(today.versions()).extracting(v -> v.source()).containsExactly("eu-fsf", "us-csl");
            // Nothing new stored: no swap, the same index serves on.
            assertThat(live.rebuild()).isFalse();
            assertThat(live.at(null)).isSameAs(today);
        }
    }
}
