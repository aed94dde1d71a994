package org.tradescreen.lists.format.ftm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    // Two objects on one line are damage, not two records.
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static FtmLines read(ListText text, boolean emptyIsDelta, Faults faults) {
        String[] lines = text.text().split("\n", -1);
        int last = lines.length - 1;
        while (last >= 0 && lines[last].isBlank()) {
            last--;
        }
        Boolean delta = null;
        List<FtmRecord> records = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            String raw = lines[i].strip();
            if (raw.isEmpty()) {
                continue;
            }
            long line = i + 1L;
            try {
                JsonNode node = parse(text, raw, line, i == last);
                if (delta == null) {
                    delta = node.has("op");
                }
                records.add(delta ? FtmRecord.operation(text.file(), line, node)
                        : FtmRecord.entity(text.file(), line, node));
            } catch (ListFormatException fault) {
                faults.report(fault);
            }
        }
        return new FtmLines(delta == null ? emptyIsDelta : delta, records);
    }

    private static JsonNode parse(ListText text, String raw, long line, boolean isLast) {
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            // The column, not Jackson's wording: Problem keeps only what follows the last ": " of a message.
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new ListFormatException(text.file(), line, null, "not valid JSON at column " + column
                    + (isLast ? ", on the last line (truncated download?)" : ""), e);
        }
        if (!node.isObject()) {
            throw new ListFormatException(text.file(), line, null, "expected one JSON object per line");
        }
        return node;
    }
}
