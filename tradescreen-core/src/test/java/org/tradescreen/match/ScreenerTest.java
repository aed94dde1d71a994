package org.tradescreen.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;
import org.tradescreen.model.PartialDate;

class ScreenerTest {

    private static final Entity VESSEL = Entity.builder("test", "v1").type(EntityType.VESSEL)
            .name(Name.primary("EBANO")).identifier(new Identifier("IMO", "7406784", null, null)).build();
    private static final Entity PERSON = Entity.builder("test", "p1").type(EntityType.PERSON)
            .name(Name.primary("KHOROSHEV, Dmitry Yuryevich")).birthDate(PartialDate.parse("1993-04-17"))
            .nationality("RU").build();
    private static final Entity COMPANY = Entity.builder("other", "c1").type(EntityType.ORGANIZATION)
            .name(Name.primary("Dmitry Khoroshev Trading LLC")).build();

    private final Screener screener = new Screener(ScreeningIndex.build(List.of(VESSEL, PERSON, COMPANY),
            NameAnalyzer.standard()));

    /**
     * A misspelt word reaching hundreds of names by sound gives them all the same weight; the query's legal form
     * decides which of them make the cut, so the listed company is among them (found at 3 million entities).
     */
    @Test
    void aMisspeltCompanyIsFound_amongHundredsOfNamesSoundingTheSame() {
        List<Entity> entities = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            entities.add(Entity.builder("made-up", "m" + i).type(EntityType.ORGANIZATION)
                    .name(Name.primary(i % 2 == 0 ? "Kit Marine Ltd" : "Kate GmbH")).build());
        }
        entities.add(Entity.builder("listed", "koti").type(EntityType.ORGANIZATION).name(Name.primary("KOTI CORP")).build());
        Screener large = new Screener(ScreeningIndex.build(entities, NameAnalyzer.standard()));

        assertThat(large.screen(Query.name("KOIT CORP"), 0.0, 5)).extracting(Hit::entityId).first()
                .isEqualTo("listed:koti");
    }

    @Test
    void anExactIdentifierIsDecisive_whateverTheName() {
        Query q = new Query("Some Renamed Ship", null, null, null,
                List.of(new Identifier(null, "imo-7406784", null, null)), null);

        List<Hit> hits = screener.screen(q, 0.75, 5);

        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.entityId()).isEqualTo("test:v1");
            assertThat(h.score()).isEqualTo(0.99);
            assertThat(h.explanation().features()).anySatisfy(f -> assertThat(f.feature()).isEqualTo(Feature.Label.IDENTIFIER));
        });
    }

    @Test
    void aBirthDateYearsOff_makesANamesakeNoHit() {
        Query same = new Query("Dmitry Khoroshev", EntityType.PERSON, "RU", PartialDate.parse("1993-04-17"), null, null);
        Query namesake = new Query("Dmitry Khoroshev", EntityType.PERSON, null, PartialDate.parse("1961-02-02"), null, null);

        assertThat(screener.screen(same, 0.75, 5)).extracting(Hit::entityId).containsExactly("test:p1");
        assertThat(screener.screen(namesake, 0.75, 5)).isEmpty();
    }

    @Test
    void dayAndMonthSwapped_stillAgree() {
        Query swapped = new Query("Dmitry Khoroshev", EntityType.PERSON, null, PartialDate.parse("1993-04-17"), null, null);
        Feature f = Corroboration.birthDate(PartialDate.parse("1993-04-11"), List.of(PartialDate.parse("1993-11-04")));

        assertThat(f.outcome()).isEqualTo(Feature.Outcome.MATCH);
        assertThat(screener.screen(swapped, 0.75, 5)).isNotEmpty();
    }

    @Test
    void typeAndSourceFilter() {
        Query org = new Query("Dmitry Khoroshev", EntityType.ORGANIZATION, null, null, null, null);
        Query onlyTest = new Query("Dmitry Khoroshev Trading", null, null, null, null, Set.of("test"));

        assertThat(screener.screen(org, 0.0, 5)).extracting(Hit::entityId).doesNotContain("test:p1");
        assertThat(screener.screen(onlyTest, 0.0, 5)).extracting(Hit::source).containsOnly("test");
    }

    @Test
    void badThresholdOrLimit_isRefused() {
        assertThatThrownBy(() -> screener.screen(Query.name("x"), 1.5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> screener.screen(Query.name("x"), 0.5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Query.name(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
