package org.tradescreen.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.testkit.NeedsEvaluationSets;
import org.tradescreen.testkit.NeedsSharedData;

/** The made-up OpenSanctions-size file: read by the FtM format without a fault, shaped as documented, reproducible. */
@NeedsSharedData
@NeedsEvaluationSets
class SanctionsDatasetTest {

    @Test
    void aSmallFile_isValidFtm_withTheRealEntriesFirst_andTheDocumentedMix(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("small.ftm.json");
        long names = SanctionsDataset.write(file, 6_000, 500, 17);

        ParsedList parsed = ListFormats.byName("ftm-json").parse(file, new ParseOptions("generated", false));

        List<Entity> entities = parsed.entities();
        assertThat(parsed.problems()).isEmpty();
        assertThat(entities).hasSize(6_000);
        assertThat(entities.subList(0, 500)).allMatch(e -> e.sourceId().startsWith("real-"));
        assertThat(entities.get(0).sourceId()).isEqualTo("real-un-sc-CDi.001");
        Map<EntityType, Long> made = entities.subList(500, 6_000).stream()
                .collect(Collectors.groupingBy(Entity::type, Collectors.counting()));
        assertThat(made.get(EntityType.PERSON) / 5_500.0).isBetween(0.50, 0.60);
        assertThat(made.get(EntityType.ORGANIZATION) / 5_500.0).isBetween(0.38, 0.48);
        assertThat(made.get(EntityType.VESSEL) / 5_500.0).isBetween(0.01, 0.04);
        assertThat(entities.subList(500, 6_000).stream().mapToInt(e -> e.names().size()).average().orElseThrow())
                .as("names per made-up entity").isBetween(1.4, 1.65);
        // the reader folds a name an entity gives twice (as name and alias, in two cases)
        assertThat(entities.stream().mapToInt(e -> e.names().size()).sum()).isBetween((int) (0.95 * names), (int) names);
    }

    @Test
    void theSameArguments_writeTheSameBytes_andAnotherSeedOtherBytes(@TempDir Path dir) throws IOException {
        Function<Long, byte[]> write = seed -> {
            try {
                Path f = dir.resolve("seed" + seed + "-" + System.nanoTime() + ".ftm.json");
                SanctionsDataset.write(f, 2_000, 10, seed);
                return Files.readAllBytes(f);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };

        assertThat(write.apply(17L)).isEqualTo(write.apply(17L)).isNotEqualTo(write.apply(18L));
    }

    @Test
    void imoNumbers_carryTheirCheckDigit() {
        assertThat(SanctionsDataset.imo(907_472)).isEqualTo("9074729"); // the example of the IMO's own rule
    }
}
