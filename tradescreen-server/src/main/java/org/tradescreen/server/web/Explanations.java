package org.tradescreen.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradescreen.match.Explanation;
import org.tradescreen.match.Feature;
import org.tradescreen.match.score.MatchKind;
import org.tradescreen.match.score.TokenAlignment;

/**
 * Puts a hit's {@link Explanation} into words an analyst reads at a glance: the aligned tokens
 * ("forensic = forensic", "forensik ≈ forensic (fuzzy 0.92)"), the tokens only one side has, and each
 * corroborating feature with its effect on the score ("country matches: CN (+0.02)"). The stable labels
 * ({@code fuzzy}, {@code country}…) stay in the text so that analysts can search for them.
 */
public final class Explanations {

    /** The words for one hit. */
    public record Readable(String algorithm, double nameScore, List<String> tokens, List<String> onlyInQuery,
                    List<String> onlyInList, List<String> features) {
    }

    private Explanations() {
    }

    static Readable of(Explanation e) {
        List<String> tokens = e.name().aligned().stream().map(Explanations::token).toList();
        List<String> features = e.features().stream().map(Explanations::feature).toList();
        return new Readable(e.algorithm(), e.nameScore(), tokens, e.name().unmatchedQuery(), e.name().unmatchedList(),
                features);
    }

    static String token(TokenAlignment t) {
        if (t.kind() == MatchKind.EXACT) {
            return t.queryToken() + " = " + t.listToken();
        }
        String sign = t.kind() == MatchKind.PATRONYMIC_ORDER ? " ≠ " : " ≈ ";
        return t.queryToken() + sign + t.listToken() + " (" + t.kind().label() + " " + number(t.similarity()) + ")";
    }

    static String feature(Feature f) {
        String subject = switch (f.feature()) {
            case DATE_OF_BIRTH -> "date of birth";
            case COUNTRY -> "country";
            case IDENTIFIER -> "identifier";
            case ENTITY_TYPE -> "entity type";
            case WEAK_ALIAS -> "weak alias";
        };
        String outcome = switch (f.outcome()) {
            case MATCH -> "matches";
            case NEAR -> "within a year";
            case MISMATCH, WEAK -> f.outcome().word();
        };
        List<String> effects = new ArrayList<>();
        if (f.factor() != 1) {
            effects.add("×" + number(f.factor()));
        }
        if (f.bonus() != 0) {
            effects.add("+" + number(f.bonus()));
        }
        String detail = f.detail() == null || f.detail().isBlank() ? "" : ": " + f.detail();
        return subject + " " + outcome + detail + (effects.isEmpty() ? "" : " (" + String.join(", ", effects) + ")");
    }

    /** A score or factor with at most two decimals, as the pages show them. */
    public static String number(double d) {
        String s = String.format(Locale.ROOT, "%.2f", d);
        return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }
}
