package org.tradescreen.cli;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.match.Algorithm;
import org.tradescreen.match.Query;
import org.tradescreen.match.batch.BatchSettings;
import org.tradescreen.match.score.Tuning;
import picocli.CommandLine.Option;

/** The options {@code screen} and {@code screen-file} share: which lists, as of when, and how to decide. */
final class ScreenOptions {

    @Option(names = "--as-of", paramLabel = "DATE", description = "Screen against each list as it stood that day.")
    @Nullable LocalDate asOf;

    @Option(names = "--source", paramLabel = "ID", description = "Only these sources (repeatable; default all).")
    @Nullable List<String> sources;

    @Option(names = "--type", paramLabel = "TYPE", description = "person, organization, vessel or aircraft.")
    @Nullable String type;

    @Option(names = "--country", paramLabel = "CC", description = "Country of the party (ISO code or name).")
    @Nullable String country;

    @Option(names = "--dob", paramLabel = "DATE", description = "Birth date: YYYY, YYYY-MM or YYYY-MM-DD.")
    @Nullable String dob;

    @Option(names = "--identifier", paramLabel = "VALUE",
            description = "An identifier of the party (passport, IMO, registration number…); an exact match is decisive. Repeatable.")
    @Nullable List<String> identifiers;

    @Option(names = "--threshold", paramLabel = "X", description = "Decision threshold in [0,1] (default 0.75).")
    @Nullable Double threshold;

    @Option(names = "--limit", paramLabel = "K", defaultValue = "10", description = "Most hits per name (default 10).")
    int limit;

    @Option(names = "--algorithm", paramLabel = "A", defaultValue = Algorithm.DEFAULT_CODE,
            description = "tradescreen-v1, or ofac to score as OFAC's Sanctions List Search does.")
    String algorithm;

    double threshold() {
        double t = threshold == null ? Tuning.DEFAULT_THRESHOLD : threshold;
        if (t < 0 || t > 1 || Double.isNaN(t)) {
            throw new UserInputException("--threshold must be between 0 and 1, got " + t);
        }
        return t;
    }

    int limit() {
        if (limit < 1) {
            throw new UserInputException("--limit must be at least 1, got " + limit);
        }
        return limit;
    }

    Algorithm algorithm() {
        return Algorithm.of(algorithm);
    }

    Set<String> sources() {
        return sources == null ? Set.of() : new LinkedHashSet<>(sources);
    }

    /** These options as a batch applies them to each row (a row's own values come first). */
    BatchSettings settings() {
        return new BatchSettings(threshold(), limit(), algorithm(), type, country, dob, identifiers, sources());
    }

    /** The query of one name given on the command line. */
    Query query(String name) {
        return settings().query(name, null, null, null, null, "--");
    }
}
