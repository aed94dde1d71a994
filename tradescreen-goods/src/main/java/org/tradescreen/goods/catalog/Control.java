package org.tradescreen.goods.catalog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One control of a substance: a list in a jurisdiction, in force from {@code since}.
 *
 * @param list       the list or schedule as the source names it, e.g. "List I chemical (21 CFR 1310.02(a))"
 * @param kind       a precursor control (a precursor list or table, or an immediate precursor) or a drug schedule
 * @param since      the first day in force; a year or month alone is read as its first day, and an unknown
 *                   date is null, read as "in force on any date" (both marked unverified)
 * @param sinceText  the date exactly as the source gives it, e.g. "2022-03 (CND 65)"
 * @param citation   the source, e.g. "DEA final rule 75 FR 37295 (2010-06-29), effective 2010-08-30"
 */
public record Control(Fact list, ControlKind kind, String jurisdiction, @Nullable LocalDate since, boolean sinceVerified,
                      String sinceText, String citation) {

    /** Whether the control is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return since == null || !since.isAfter(date);
    }
}
