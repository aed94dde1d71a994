package org.tradescreen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.BoundedReader;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.load.LoadRefusedException;
import org.tradescreen.lists.snapshot.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to exit statuses and a one-line message on stderr: input problems (a bad file, a
 * refused load, a bad argument, a path that cannot be read or written) exit 2 naming file, line and field;
 * anything else exits 3 with its message and reason. Stack traces are shown only with {@code TRADESCREEN_DEBUG=1}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (System.getenv("TRADESCREEN_DEBUG") != null) {
            e.printStackTrace(err);
        }
        Exception cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        int status = status(cause);
        err.println("tradescreen: " + (status == ExitCodes.INTERNAL_ERROR && !(cause instanceof IOException)
                && !(cause instanceof StoreException) ? "internal error: " + message(cause)
                + " (set TRADESCREEN_DEBUG=1 for details)" : message(cause)));
        err.flush();
        return status;
    }

    /**
     * Input problems exit 2: a bad file or argument, a refused load, a path that cannot be read or written (the
     * user can fix it), a line too long. Other failures, including I/O that fails midway (a full disk), exit 3.
     */
    private static int status(@Nullable Exception e) {
        return e instanceof ListFormatException || e instanceof LoadRefusedException || e instanceof IllegalArgumentException
                || e instanceof FileSystemException || e instanceof UserInputException || e instanceof BoundedReader.TooLong
                || e instanceof org.tradescreen.review.ReviewException
                ? ExitCodes.INPUT_ERROR : ExitCodes.INTERNAL_ERROR;
    }

    static int usage(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String command = e.getCommandLine().getCommandSpec().qualifiedName(" ");
        err.println("tradescreen: " + e.getMessage() + " (see: " + command + " --help)");
        err.flush();
        return ExitCodes.INPUT_ERROR;
    }

    /** One line; a file-system error names the path and the reason, which Java leaves out of its message. */
    private static String message(Exception e) {
        if (e instanceof FileSystemException fs) {
            String reason = e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "already exists"
                    : e instanceof NotDirectoryException ? "not a folder"
                    : e instanceof DirectoryNotEmptyException ? "the folder is not empty"
                    : fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
            return fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "") + ": " + reason;
        }
        String m = e.getMessage();
        String text = m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ');
        return e instanceof IOException && !(e instanceof BoundedReader.TooLong) ? "I/O error: " + text : text;
    }
}
