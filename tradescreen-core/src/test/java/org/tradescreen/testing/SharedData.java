package org.tradescreen.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real shared data, read in place from {@code ../shared/data} beside the project (Surefire passes
 * the path as the {@code tradescreen.shared.data} system property). Never copied into the repository.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        String configured = System.getProperty("tradescreen.shared.data");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("shared data not found at " + root.toAbsolutePath()
                    + "; it must sit at ../shared/data beside the project");
        }
        return root;
    }

    /** A path below the shared data root, e.g. {@code lists("ofac-sdn-series/sdn_2023-11-15.csv")}. */
    public static Path lists(String relative) {
        return root().resolve("lists").resolve(relative);
    }

    public static Path eval(String relative) {
        return root().resolve("eval").resolve(relative);
    }
}
