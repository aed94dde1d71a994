package org.tradescreen.bench.quality;

import java.util.ArrayList;
import java.util.List;

/** The one table the harness prints: a row per measured figure, with its goal where one is set. */
final class ReportTable {

    /** One figure. */
    record Row(String set, String slice, String measure, String value, String goal, String n) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String set, String slice, String measure, double value, String goal, int n) {
        rows.add(new Row(set, slice, measure, String.format("%.4f", value), goal, String.valueOf(n)));
    }

    void add(String set, String slice, String measure, String value, String goal, String n) {
        rows.add(new Row(set, slice, measure, value, goal, n));
    }

    List<Row> rows() {
        return rows;
    }

    /** As a Markdown table, which is also readable in a terminal. */
    String markdown() {
        StringBuilder sb = new StringBuilder("| set | slice | measure | value | goal | n |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.set()).append(" | ").append(r.slice()).append(" | ").append(r.measure())
                    .append(" | ").append(r.value()).append(" | ").append(r.goal()).append(" | ").append(r.n())
                    .append(" |\n");
        }
        return sb.toString();
    }
}
