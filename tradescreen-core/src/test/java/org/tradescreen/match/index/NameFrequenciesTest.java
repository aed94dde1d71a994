package org.tradescreen.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.normalize.TokenKind;
import org.tradescreen.model.Entity;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/** Word frequencies brought forward by a change equal those counted afresh, and weigh as the whole index does. */
@NeedsSharedData
class NameFrequenciesTest {

    @TempDir
    Path dir;

    @Test
    void sdnNov2023_broughtForwardByTheChange_equalTheFrequenciesOfTheNewCapture() throws Exception {
        NameAnalyzer analyzer = NameAnalyzer.standard();
        List<Entity> before = parse("sdn_2023-11-15.csv");
        List<Entity> after = parse("sdn_2023-11-17.csv");
        Map<String, Entity> old = new HashMap<>();
        before.forEach(e -> old.put(e.sourceId(), e));
        List<Entity> changedFrom = after.stream().filter(e -> old.containsKey(e.sourceId())
                && !old.get(e.sourceId()).equals(e)).map(e -> old.get(e.sourceId())).toList();
        List<Entity> changedTo = after.stream().filter(e -> !old.containsKey(e.sourceId())
                || !old.get(e.sourceId()).equals(e)).toList();

        ScreeningIndex whole = ScreeningIndex.build(after, analyzer);
        NameFrequencies forward = ScreeningIndex.build(before, analyzer).frequencies()
                .changed(changedFrom, changedTo, analyzer);

        assertThat(forward).isEqualTo(whole.frequencies()).isEqualTo(NameFrequencies.of(after, analyzer));
        forward.save(dir.resolve("f.bin"), "k");
        assertThat(NameFrequencies.load(dir.resolve("f.bin"), "k")).contains(forward);
        assertThat(NameFrequencies.load(dir.resolve("f.bin"), "other")).isEmpty();
        ScreeningIndex weighed = ScreeningIndex.build(changedTo, analyzer, forward);
        for (String word : List.of("shipping", "kazan", "llc", "mohammad", "notaword")) {
            assertThat(weighed.weight(word, TokenKind.NAME)).as(word).isEqualTo(whole.weight(word, TokenKind.NAME));
        }
    }

    private static List<Entity> parse(String file) throws Exception {
        return ListFormats.byName("ofac-csv").parse(SharedData.lists("ofac-sdn-series/" + file),
                new ParseOptions("us-ofac-sdn", true)).entities();
    }
}
