package org.tradescreen.lists.format.ftm;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.tradescreen.lists.format.Faults;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ListText;

/**
 * The checked lines of one FtM JSON-lines file, and whether it is a delta. The first readable line
 * decides: one with {@code "op"} makes a delta file, anything else an entity file, and every later line
 * must be of the same kind. A file with no readable line is a delta only when its name says so
 * ({@code emptyIsDelta}): an empty delta means "no changes", an empty entity file a failed download.
 */
record FtmLines(boolean delta, List<FtmRecord> records) {

    static FtmLines read(ListText text, boolean emptyIsDelta, Faults faults) {
        Boolean delta = null;
        List<FtmRecord> records = new ArrayList<>();
        try (FtmLineReader lines = new FtmLineReader(text.file(), new StringReader(text.text()), faults)) {
            for (FtmLineReader.Line line; (line = lines.next()) != null;) {
                if (delta == null) {
                    delta = line.node().has("op");
                }
                try {
                    records.add(delta ? FtmRecord.operation(text.file(), line.number(), line.node())
                            : FtmRecord.entity(text.file(), line.number(), line.node()));
                } catch (ListFormatException fault) {
                    faults.report(fault);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return new FtmLines(delta == null ? emptyIsDelta : delta, records);
    }
}
