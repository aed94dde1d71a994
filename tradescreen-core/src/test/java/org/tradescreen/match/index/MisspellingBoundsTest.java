package org.tradescreen.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Name;

/** Ordinary retrieval bounds a query word's wider spellings by the names they bring; the exhaustive one does not. */
class MisspellingBoundsTest {

    private static final int WIDE = ScreeningIndex.MISSPELT_NAMES + 100;

    /** Names of three spellings near "Catherine": one typo away and common; sounding alike, narrow and common. */
    private static final ScreeningIndex INDEX = ScreeningIndex.build(people(), NameAnalyzer.standard());

    private static List<Entity> people() {
        List<Entity> out = new ArrayList<>();
        add(out, "Catherina", WIDE);
        add(out, "Kathrin", 3);
        add(out, "Kathryn", WIDE);
        return out;
    }

    private static void add(List<Entity> out, String given, int count) {
        for (int i = 0; i < count; i++) {
            out.add(Entity.builder("test", given + i).type(EntityType.PERSON).name(Name.primary(given + " Smith"))
                    .build());
        }
    }

    /** How many names reached hold each given name. */
    private static Map<String, Integer> reached(Candidates found) {
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < found.size(); i++) {
            String id = INDEX.entity(INDEX.entityOf(found.name(i))).sourceId();
            out.merge(id.replaceAll("\\d", ""), 1, Integer::sum);
        }
        return out;
    }

    @Test
    void aSpellingOneTypoAway_isReachedHoweverCommon_andOfTheWiderSpellingsTheNarrowFirst() {
        Candidates found = INDEX.candidates(INDEX.prepare("Catherine"), Integer.MAX_VALUE);
        assertEquals(Map.of("Catherina", WIDE, "Kathrin", 3), reached(found));
    }

    @Test
    void withNoCut_everySpellingIsReached() {
        Candidates found = INDEX.allCandidates(INDEX.prepare("Catherine"));
        assertEquals(Map.of("Catherina", WIDE, "Kathrin", 3, "Kathryn", WIDE), reached(found));
    }
}
