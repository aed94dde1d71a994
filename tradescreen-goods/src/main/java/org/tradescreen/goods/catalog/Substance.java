package org.tradescreen.goods.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One substance of the catalog with its names and controls.
 *
 * @param id            a stable key derived from the name, e.g. {@code n-phenethyl-4-piperidone}
 * @param kind          a named substance, a structural class (such as fentanyl-related substances, screened by
 *                      structure, not by name) or a watched one (not controlled; kept for risk scoring)
 * @param abbreviations short forms (NPP, 4-AP, 1-boc-4-AP), matched only as whole words and in their own case
 */
public record Substance(String id, String name, SubstanceKind kind, List<String> synonyms, List<String> abbreviations,
                        List<Fact> cas, List<Fact> hs, @Nullable Fact smiles, List<Control> controls, List<Coverage> coverage) {
}
