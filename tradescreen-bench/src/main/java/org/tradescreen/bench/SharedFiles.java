package org.tradescreen.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real shared data the benchmarks read in place: {@code ../shared/data} beside the project, or the
 * folder named by the {@code tradescreen.shared.data} system property.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path path(String relative) {
        String configured = System.getProperty("tradescreen.shared.data");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
        Path p = root.resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("benchmark input missing: " + p.toAbsolutePath()
                    + " (run from the project root, or set -Dtradescreen.shared.data)");
        }
        return p;
    }
}
