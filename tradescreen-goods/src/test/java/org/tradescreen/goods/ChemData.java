package org.tradescreen.goods;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared chemical reference data, read in place from the {@code tradescreen.shared.data} folder
 * (Surefire passes it as a system property). Never copied into the repository.
 */
public final class ChemData {

    private ChemData() {
    }

    /** A file of {@code shared/data/chem}, e.g. {@code chem("controlled_chemicals.csv")}. */
    public static Path chem(String file) {
        String configured = System.getProperty("tradescreen.shared.data");
        Path path = (configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "data"))
                .resolve("chem").resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("shared chemical data not found at " + path.toAbsolutePath());
        }
        return path;
    }
}
