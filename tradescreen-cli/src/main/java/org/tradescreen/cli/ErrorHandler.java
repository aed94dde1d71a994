package org.tradescreen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.load.LoadRefusedException;
import org.tradescreen.lists.snapshot.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to exit statuses and a one-line message on stderr: input problems (a bad file, a
 * refused load, a bad argument) exit 2 naming file, line and field; anything else exits 3 with its
 * message. Stack traces are shown only with {@code TRADESCREEN_DEBUG=1}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (System.getenv("TRADESCREEN_DEBUG") != null) {
            e.printStackTrace(err);
        }
        if (e instanceof ListFormatException || e instanceof LoadRefusedException || e instanceof IllegalArgumentException
                || e instanceof NoSuchFileException || e instanceof UserInputException) {
            err.println("tradescreen: " + message(e));
            err.flush();
            return ExitCodes.INPUT_ERROR;
        }
        if (e instanceof IOException || e instanceof StoreException) {
            err.println("tradescreen: " + message(e));
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
        err.println("tradescreen: internal error: " + message(e) + " (set TRADESCREEN_DEBUG=1 for details)");
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    static int usage(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String command = e.getCommandLine().getCommandSpec().qualifiedName(" ");
        err.println("tradescreen: " + e.getMessage() + " (see: " + command + " --help)");
        err.flush();
        return ExitCodes.INPUT_ERROR;
    }

    private static String message(Exception e) {
        if (e instanceof NoSuchFileException nsf) {
            return nsf.getFile() + ": no such file";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ');
    }
}
