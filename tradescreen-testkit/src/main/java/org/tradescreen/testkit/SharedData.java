package org.tradescreen.testkit;

import java.nio.file.Path;

/**
 * The real shared data, read in place from {@code ../shared/data} beside the project (Surefire passes the path as
 * the {@code tradescreen.shared.data} system property). Never copied into the repository. A test that reads it is
 * tagged {@link NeedsSharedData} (or {@link NeedsEvaluationSets}), which skips it on a plain clone; the paths here
 * are only names, so a test class may hold them in constants.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        String configured = System.getProperty("tradescreen.shared.data");
        return configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
    }

    /** A path below the lists folder, e.g. {@code lists("ofac-sdn-series/sdn_2023-11-15.csv")}. */
    public static Path lists(String relative) {
        return root().resolve("lists").resolve(relative);
    }

    /** A path below the evaluation sets. */
    public static Path eval(String relative) {
        return root().resolve("eval").resolve(relative);
    }

    /** A path below the chemical reference data. */
    public static Path chem(String relative) {
        return root().resolve("chem").resolve(relative);
    }
}
