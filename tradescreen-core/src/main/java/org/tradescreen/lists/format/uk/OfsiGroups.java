package org.tradescreen.lists.format.uk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.lists.format.TableRow;
import org.tradescreen.model.Entity;

/**
 * The rows of OFSI's consolidated list gathered by {@code Group ID}, CSV and XLSX alike: one row per name of
 * a target, its rows scattered through the file (it is sorted by name), each group one entity. A row without
 * a Group ID or a name fails naming its line.
 */
final class OfsiGroups {

    static final String GROUP_ID = "Group ID";

    private final Map<String, List<TableRow>> groups = new LinkedHashMap<>();

    /** Files one row under its group. */
    void add(TableRow row) {
        String id = row.get(GROUP_ID);
        if (id == null) {
            throw row.error(GROUP_ID, "the row has no Group ID, so it cannot be joined to its target");
        }
        UkHmtEntities.requireName(row);
        groups.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
    }

    /** One entity per group; a group that cannot be read fails, or under lenient is reported in {@code problems}. */
    List<Entity> entities(String source, boolean lenient, List<Problem> problems) {
        List<Entity> entities = new ArrayList<>();
        groups.forEach((id, rows) -> Problem.orSkip(lenient, problems,
                () -> entities.add(UkHmtEntities.toEntity(source, id, rows))));
        return entities;
    }
}
