package org.tradescreen.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tradescreen.model.Dates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of {@code tradescreen spark …}: the launcher runs it for that command, and {@code spark-submit} runs it
 * from the job jar. It takes the command line's global options, so that {@code tradescreen --data-dir D spark
 * screen-file …} reads the store {@code tradescreen --data-dir D screen-file …} reads. Exit statuses are the command
 * line's: 0 done, 2 input error, 3 failure, 4 not a clear result (a list had no version in force).
 */
@Command(name = "tradescreen", subcommands = SparkMain.Spark.class, mixinStandardHelpOptions = true,
        description = "tradescreen jobs on Apache Spark.")
public final class SparkMain {

    static final int OK = 0;
    static final int INPUT_ERROR = 2;
    static final int INTERNAL_ERROR = 3;
    static final int INCOMPLETE = 4;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default $TRADESCREEN_DATA_DIR or ~/.tradescreen).")
    @Nullable Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Store (default $TRADESCREEN_DB, the db setting, or embedded H2).")
    @Nullable String db;

    /** The {@code spark} command, which only groups the jobs. */
    @Command(name = "spark", subcommands = {SparkScreenFileCommand.class, SparkConsignmentsCommand.class, SparkSweepCommand.class}, mixinStandardHelpOptions = true,
            description = "Run a batch job on Apache Spark (local mode by default, or --master spark://…, yarn, k8s://…).")
    static final class Spark {
        @CommandLine.ParentCommand
        SparkMain root;
    }

    /** {@code --version}: the build's version. */
    static final class Release implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tradescreen " + org.tradescreen.Version.current() + " (Spark jobs)"};
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit status. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new SparkMain());
        everyCommand(cl, c -> c.getCommandSpec().versionProvider(new Release()));
        cl.setExecutionExceptionHandler(SparkMain::failed);
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("tradescreen: " + e.getMessage() + " (see: "
                    + e.getCommandLine().getCommandSpec().qualifiedName(" ") + " --help)");
            return INPUT_ERROR;
        });
        cl.registerConverter(LocalDate.class, text -> {
            try {
                return Dates.parse(text, "");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        return cl.execute(args);
    }

    private static void everyCommand(CommandLine cl, java.util.function.Consumer<CommandLine> action) {
        action.accept(cl);
        cl.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
    }

    /** A bad argument or input exits 2 with its message; anything else 3. A trace only with TRADESCREEN_DEBUG=1. */
    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (System.getenv("TRADESCREEN_DEBUG") != null) {
            e.printStackTrace(err);
        }
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        // the first line only: a failed Spark job puts the executor's whole stack trace in its message
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage().lines().findFirst().orElse("").strip();
        boolean input = cause instanceof IllegalArgumentException;
        err.println("tradescreen: " + (input ? message : (cause instanceof IOException ? "I/O error: " : "failed: ")
                + message + " (set TRADESCREEN_DEBUG=1 for details)"));
        err.flush();
        return input ? INPUT_ERROR : INTERNAL_ERROR;
    }
}
