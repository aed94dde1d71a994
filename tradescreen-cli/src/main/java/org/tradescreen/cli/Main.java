package org.tradescreen.cli;

import java.time.LocalDate;
import org.tradescreen.model.Dates;
import picocli.CommandLine;

/** Entry point of the {@code tradescreen} command; the only place that calls {@code System.exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit status (0 ok, 1 hit, 2 input error, 3 failure, 4 not clear). */
    public static int run(String... args) {
        return execute(commandLine(), args);
    }

    /** Executes and then closes what the command opened (the store's connection pool). */
    static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Never exit 1, which says "hit", nor print a trace: say what ran out and how to give more.
            cl.getErr().println("tradescreen: out of memory (" + e.getMessage() + "); give Java more heap, e.g."
                    + " TRADESCREEN_JAVA_OPTS=-Xmx8g, or split the input");
            cl.getErr().flush();
            return ExitCodes.INTERNAL_ERROR;
        } finally {
            ((TradescreenCommand) cl.getCommand()).close();
        }
    }

    private static void everyCommand(CommandLine cl, java.util.function.Consumer<CommandLine> action) {
        action.accept(cl);
        cl.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TradescreenCommand());
        // every command answers --version, not only the top one
        everyCommand(cl, c -> c.getCommandSpec().versionProvider(new TradescreenCommand.Release()));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::usage);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Every date option is read one way, within the range the stores can hold.
        cl.registerConverter(LocalDate.class, text -> {
            try {
                return Dates.parse(text, "");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        return cl;
    }
}
