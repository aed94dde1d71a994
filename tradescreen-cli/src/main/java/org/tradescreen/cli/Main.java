package org.tradescreen.cli;

import picocli.CommandLine;

/** Entry point of the {@code tradescreen} command; the only place that calls {@code System.exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit status (0 ok, 1 hits found, 2 usage or input error). */
    public static int run(String... args) {
        return execute(commandLine(), args);
    }

    /** Executes and then closes what the command opened (the store's connection pool). */
    static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } finally {
            ((TradescreenCommand) cl.getCommand()).close();
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TradescreenCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::usage);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
