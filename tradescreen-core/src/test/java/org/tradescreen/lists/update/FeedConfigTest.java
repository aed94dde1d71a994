package org.tradescreen.lists.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.format.registry.ListFormats;

class FeedConfigTest {

    @TempDir
    Path data;

    /** Each built-in feed names a known format, files its list under that format's source, and fetches https. */
    @Test
    void builtInFeeds_knowTheEuAndUkLists() throws Exception {
        List<Feed> feeds = FeedConfig.load(data);

        assertThat(feeds).extracting(Feed::source).contains("eu-fsf", "uk-sanctions-list", "un-sc", "us-ofac-sdn");
        for (Feed feed : feeds) {
            assertThat(ListFormats.byName(feed.format()).defaultSource()).as(feed.source()).isEqualTo(feed.source());
            assertThat(feed.files()).allSatisfy(f -> assertThat(f.url()).startsWith("https://"));
        }
        assertThat(feeds).filteredOn(f -> f.source().equals("eu-fsf")).singleElement()
                .extracting(Feed::format).isEqualTo("eu-fsf-xml");
        assertThat(feeds).filteredOn(f -> f.source().equals("uk-sanctions-list")).singleElement()
                .satisfies(f -> assertThat(f.files().get(0).url())
                        .isEqualTo("https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml"));
    }
}
