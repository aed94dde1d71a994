package org.tradescreen.goods.catalog;

import java.time.LocalDate;

/**
 * Coverage of a substance by another substance's family listing before (or besides) its own listing by
 * name, e.g. 1-boc-4-AP as a carbamate of 4-AP from 2020-05-15, listed by name from 2022-11-09. It is
 * reported, not counted as a control: family membership is a structural question for the structure screen.
 */
public record Coverage(String relation, String family, String jurisdiction, LocalDate since) {
}
