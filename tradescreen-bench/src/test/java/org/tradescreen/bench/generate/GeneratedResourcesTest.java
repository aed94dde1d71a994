package org.tradescreen.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tradescreen.goods.catalog.Catalog;
import org.tradescreen.match.phonetic.CorrespondenceTables;
import org.tradescreen.testkit.NeedsEvaluationSets;
import org.tradescreen.testkit.SharedData;

/**
 * The resources the generators write are committed as they would write them now, from the shared chemicals file and
 * the development pairs: none is stale.
 */
@NeedsEvaluationSets
class GeneratedResourcesTest {

    @Test
    void theBundledCatalog_isWhatTheGeneratorWritesFromTheSharedCsv() throws IOException {
        Catalog generated = CatalogGenerator.generate(SharedData.chem("controlled_chemicals.csv"));

        assertThat(bundled("/org/tradescreen/goods/catalog/catalog.json"))
                .as("catalog.json is stale: regenerate it (see CatalogGenerator)")
                .isEqualTo(CatalogGenerator.json(generated));
    }

    @Test
    void theShippedCorrespondenceTables_areWhatTheGeneratorLearnsFromTheDevelopmentPairs() throws IOException {
        StringBuilder generated = new StringBuilder();
        CorrespondenceTableGenerator.generate().write(generated);

        assertThat(bundled("/org/tradescreen/match/phonetic/" + CorrespondenceTables.RESOURCE))
                .as("the correspondence tables are stale: regenerate them (see CorrespondenceTableGenerator)")
                .isEqualTo(generated.toString());
    }

    private static String bundled(String resource) throws IOException {
        try (InputStream in = GeneratedResourcesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
