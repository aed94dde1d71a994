package org.tradescreen.goods.describe;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.goods.catalog.ControlKind;
import org.tradescreen.goods.catalog.SubstanceKind;

/**
 * One catalog substance found in the goods.
 *
 * @param kind     a controlled substance, or a watched one (not controlled)
 * @param hs       the HS codes the catalog gives the substance
 * @param basis    what matched
 * @param score    1 for an exact name or a CAS number, lower for synonyms, abbreviations and near spellings,
 *                 {@value GoodsScreener#HS_SCORE} for an HS code alone
 * @param matched  the text that matched
 * @param form     salt and hydrate words stripped before matching ("hydrochloride", "monohydrate")
 * @param controls the controls in force on the as-of date
 * @param laterControls the substance's controls that came into force after the as-of date
 */
public record GoodsHit(String id, String substance, SubstanceKind kind, @Nullable String cas, boolean casVerified, List<String> hs,
                       Basis basis, double score, String matched, List<String> form, List<HitControl> controls,
                       List<HitControl> laterControls) {

    /**
     * A control as reported in a hit.
     *
     * @param unverified the fields of this control that no primary source confirmed: {@code list}, {@code since}
     */
    public record HitControl(String list, ControlKind kind, String jurisdiction, @Nullable LocalDate since, String citation,
                             List<String> unverified) {
    }
}
