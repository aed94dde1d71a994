package org.tradescreen.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/**
 * Screening gives the same answer for a name whatever ran before it, on whatever threads, and in whatever JVM: on
 * the companies of the SDN list of 2024-05-03, listed company names whose legal form is written with a typo in its first word
 * ("COSED JOINT STOCK COMPANY …", "… PUBIC JOINT STOCK COMPANY"). Those names once scored 1.0 in one run and less,
 * or nothing, in the next: of the forms that differ in that word alone (open, closed, public joint stock company),
 * the one-typo lookup knew only the one that the table's hash order (new in every JVM) happened to put first.
 */
@NeedsSharedData
class ScreeningDeterminismTest {

    private static final double THRESHOLD = 0.75;
    /** The word before a legal form that several forms share all but that word of. */
    private static final Pattern FORM = Pattern.compile(
            "\\b(OPEN|CLOSED|PUBLIC|OTKRYTOE|ZAKRYTOE|PUBLICHNOE)( JOINT STOCK COMPANY| AKTSIONERNOE OBSHCHESTVO)\\b");
    private static final int NAMES = 150;

    private static Screener sdn;
    /** Listed names with the first word of their legal form misspelt, each with the listed name. */
    private static final Map<String, String> typed = new LinkedHashMap<>();

    @BeforeAll
    static void index() throws IOException {
        List<Entity> entities = ListFormats.byName("ofac-csv")
                .parse(SharedData.lists("ofac-sdn-series").resolve("sdn_2024-05-03.csv"),
                        new ParseOptions("us-ofac-sdn", true)).entities();
        // its companies only, which the queries are: a smaller index, built in a few seconds
        entities = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
        sdn = new Screener(ScreeningIndex.build(entities, NameAnalyzer.standard()));
        int n = 0;
        for (Entity e : entities) {
            String name = e.primaryName();
            Matcher m = FORM.matcher(name);
            if (typed.size() < NAMES && m.find()) {
                String word = m.group(1);
                // a letter dropped, doubled or two neighbours swapped, turn about
                int at = word.length() / 2;
                String slip = switch (n++ % 3) {
                    case 0 -> word.substring(0, at) + word.substring(at + 1);
                    case 1 -> word.substring(0, at + 1) + word.substring(at);
                    default -> word.substring(0, at - 1) + word.charAt(at) + word.charAt(at - 1) + word.substring(at + 1);
                };
                if (slip.length() >= 4) {
                    typed.put(name.substring(0, m.start(1)) + slip + name.substring(m.end(1)), name);
                }
            }
        }
    }

    @Test
    void aTypoInTheLegalFormCostsNothingWhicheverFormItIs() {
        assertThat(typed).hasSizeGreaterThan(50);
        List<String> wrong = new ArrayList<>();
        typed.forEach((query, listed) -> {
            String found = render(sdn.screen(Query.name(query), THRESHOLD, 3));
            String meant = render(sdn.screen(Query.name(listed), THRESHOLD, 3));
            if (!found.equals(meant)) {
                wrong.add(query + " -> " + found + ", not " + meant);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void namesScreenedInParallelScoreAsScreenedOneByOne() throws Exception {
        List<String> names = new ArrayList<>();
        typed.forEach((query, listed) -> {
            names.add(query);
            names.add(listed);
        });
        Map<String, String> sequential = new LinkedHashMap<>();
        for (String q : names) {
            sequential.put(q, render(sdn.screen(Query.name(q), THRESHOLD, 3)));
        }
        ForkJoinPool pool = new ForkJoinPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                Map<String, String> parallel = new ConcurrentHashMap<>();
                pool.submit(() -> names.parallelStream()
                        .forEach(q -> parallel.put(q, render(sdn.screen(Query.name(q), THRESHOLD, 3))))).get();
                assertThat(parallel).as("round %d", round).containsExactlyInAnyOrderEntriesOf(sequential);
            }
        } finally {
            pool.shutdown();
        }
        for (String q : names) {
            assertThat(render(sdn.screen(Query.name(q), THRESHOLD, 3))).as(q).isEqualTo(sequential.get(q));
        }
    }

    private static String render(List<Hit> hits) {
        return hits.stream().map(h -> h.entityId() + " " + h.score() + " " + h.matchedName()).toList().toString();
    }
}
