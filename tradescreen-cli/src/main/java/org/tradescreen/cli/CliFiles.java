package org.tradescreen.cli;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.BoundedReader;
import org.tradescreen.report.CsvCells;

/**
 * The files a command reads and writes. Input must be a regular file (a pipe or {@code /dev/zero} would be read
 * forever) and is read through a {@link BoundedReader}, so no line or record can fill the heap; output cells are
 * made safe for spreadsheets.
 */
final class CliFiles {

    private CliFiles() {
    }

    /** A UTF-8 text file read as CSV records; {@code what} names the option or argument in errors. */
    static BoundedReader records(Path file, String what) throws IOException {
        return BoundedReader.records(Files.newBufferedReader(regular(file, what), StandardCharsets.UTF_8),
                file.getFileName().toString(), BoundedReader.DEFAULT_LIMIT);
    }

    /** A UTF-8 text file read line by line (JSON lines). */
    static BoundedReader lines(Path file, String what) throws IOException {
        return BoundedReader.lines(Files.newBufferedReader(regular(file, what), StandardCharsets.UTF_8),
                file.getFileName().toString(), BoundedReader.DEFAULT_LIMIT);
    }

    static Path regular(Path file, String what) {
        String prefix = what.isEmpty() ? "" : what + ": ";
        if (!Files.exists(file)) {
            throw new UserInputException(prefix + file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(prefix + file + ": not a regular file (a folder, pipe or device); give a file");
        }
        return file;
    }

    /** {@code out}, or standard output when null; a failed write names the file and the reason. */
    static Writer output(@Nullable Path out) throws IOException {
        if (out == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        }
        return new FilterWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            @Override
            public void write(int c) throws IOException {
                named(() -> super.write(c));
            }

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                named(() -> super.write(buffer, offset, length));
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                named(() -> super.write(text, offset, length));
            }

            @Override
            public void flush() throws IOException {
                named(super::flush);
            }

            @Override
            public void close() throws IOException {
                named(super::close);
            }

            private void named(IoAction action) throws IOException {
                try {
                    action.run();
                } catch (IOException e) {
                    throw new IOException("cannot write " + out + ": " + e.getMessage(), e);
                }
            }
        };
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** Prints one row, each cell as text made safe for spreadsheets ({@link CsvCells}). */
    static void print(CSVPrinter printer, List<?> cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.size());
        for (Object c : cells) {
            safe.add(CsvCells.safe(c == null ? null : c.toString()));
        }
        printer.printRecord(safe);
    }
}
