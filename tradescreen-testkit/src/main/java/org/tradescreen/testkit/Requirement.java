package org.tradescreen.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Something a test needs from outside the repository. A plain clone has none of them: the tests that need one
 * are skipped with a line saying what is missing, unless {@code TRADESCREEN_TESTS=all} (as in CI), when a
 * missing one fails them, so that CI never passes by skipping.
 */
public enum Requirement {

    /** The real list files and evaluation sets, read in place from {@code ../shared/data}. */
    SHARED_DATA {
        @Override
        Optional<String> missing() {
            return Files.isDirectory(SharedData.root()) ? Optional.empty()
                    : Optional.of("needs the shared data at " + SharedData.root().toAbsolutePath().normalize()
                            + " (not found)");
        }
    },

    /** The evaluation sets below the shared data. */
    EVALUATION {
        @Override
        Optional<String> missing() {
            Path eval = SharedData.root().resolve("eval");
            return Files.isDirectory(eval) ? Optional.empty()
                    : Optional.of("needs the evaluation sets at " + eval.toAbsolutePath().normalize() + " (not found)");
        }
    },

    /** A PostgreSQL server at {@link Postgres#url()}. */
    POSTGRES {
        @Override
        Optional<String> missing() {
            return POSTGRES_MISSING;
        }
    },

    /** Debian's headless Chromium and its ChromeDriver. */
    BROWSER {
        @Override
        Optional<String> missing() {
            return Files.isExecutable(Path.of(CHROMEDRIVER)) && Files.isExecutable(Path.of(CHROMIUM)) ? Optional.empty()
                    : Optional.of("needs " + CHROMIUM + " and " + CHROMEDRIVER
                            + " (Debian packages chromium and chromium-driver)");
        }
    };

    /** Where the browser tests find Debian's Chromium and its driver: given by path, so nothing is downloaded. */
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Looked up once per test JVM: a refused connection costs nothing, a filtered port a second. */
    private static final Optional<String> POSTGRES_MISSING = reach(Postgres.url());

    /** Why this is missing here, or empty when it is present. */
    abstract Optional<String> missing();

    /** Whether every requirement must be met: set by CI ({@code TRADESCREEN_TESTS=all}). */
    public static boolean allRequired() {
        return "all".equals(System.getenv("TRADESCREEN_TESTS")) || "all".equals(System.getProperty("tradescreen.tests"));
    }

    /**
     * Inside a test: goes on when this is present; else aborts the test (reported as skipped, with the reason), or
     * fails it when every requirement must be met.
     */
    public void assume() {
        Optional<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        if (allRequired()) {
            throw new IllegalStateException(missing.get() + ", and TRADESCREEN_TESTS=all requires it");
        }
        Assumptions.abort(missing.get());
    }

    private static Optional<String> reach(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String host = uri.getHost() == null ? "127.0.0.1" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("needs PostgreSQL at " + host + ":" + port + " (" + e.getMessage() + ")");
        }
    }
}
