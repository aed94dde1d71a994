package org.tradescreen.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.match.CompiledIndexes;
import org.tradescreen.match.score.Tuning;

/**
 * Where a command keeps its data, and which store it uses: the data directory given, else {@code TRADESCREEN_DATA_DIR},
 * else {@code ~/.tradescreen}; the store given, else {@code TRADESCREEN_DB}, else the {@code db} setting of the team's
 * {@code DATA_DIR/tradescreen.properties}, else an embedded database in the directory. The command line and the Spark
 * job's driver open the same store this way.
 */
public record DataDirectory(Path path, String storeUrl) {

    /** The directory and store chosen by these options (either may be null), the directory created when missing. */
    public static DataDirectory resolve(@Nullable Path dataDirOption, @Nullable String dbOption) {
        Path dir = dataDirOption != null ? dataDirOption
                : System.getenv("TRADESCREEN_DATA_DIR") != null ? Path.of(System.getenv("TRADESCREEN_DATA_DIR"))
                : Path.of(System.getenv("HOME") != null ? System.getenv("HOME") : System.getProperty("user.home"),
                        ".tradescreen");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dir, e);
        }
        String url = dbOption != null ? dbOption
                : System.getenv("TRADESCREEN_DB") != null ? System.getenv("TRADESCREEN_DB")
                : setting(dir, "db").orElse(Database.embeddedUrl(dir));
        return new DataDirectory(dir, url);
    }

    /** The compiled indexes kept between commands, in {@code DATA_DIR/index}. */
    public CompiledIndexes compiledIndexes() {
        return CompiledIndexes.in(path.resolve("index"));
    }

    /** A setting of {@code DATA_DIR/tradescreen.properties}, stripped; empty when unset or blank. */
    public Optional<String> setting(String key) {
        return setting(path, key);
    }

    /**
     * The score at which monitoring counts a counterparty as matching an entry: {@code monitor.threshold}, by default
     * the screening threshold.
     *
     * @throws IllegalArgumentException when the setting is not a number above 0 and at most 1
     */
    public double monitorThreshold() {
        Optional<String> set = setting("monitor.threshold");
        if (set.isEmpty()) {
            return Tuning.DEFAULT_THRESHOLD;
        }
        try {
            double t = Double.parseDouble(set.get());
            if (t > 0 && t <= 1) {
                return t;
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw new IllegalArgumentException(path.resolve("tradescreen.properties") + ": monitor.threshold: '" + set.get()
                + "' is not a number above 0 and at most 1");
    }

    /** The team's settings in {@code DATA_DIR/tradescreen.properties}; empty when there is no such file. */
    public Properties settings() {
        return settings(path);
    }

    /** The team's settings in {@code dir/tradescreen.properties}; empty when there is no such file. */
    public static Properties settings(Path dir) {
        Path file = dir.resolve("tradescreen.properties");
        Properties p = new Properties();
        if (!Files.exists(file)) {
            return p;
        }
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return p;
    }

    private static Optional<String> setting(Path dir, String key) {
        return Optional.ofNullable(settings(dir).getProperty(key)).map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
