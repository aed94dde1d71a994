package org.tradescreen.match.normalize;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes numbers as digits, whichever way a name spells them: English number words, cardinal and ordinal, one
 * word or several ("Three Percenters", "twenty-first", "one hundred and five"), and ordinals in digits ("21st",
 * "5th"), so that "Fifth Avenue", "5th Avenue" and "5 Avenue" are one name; leading zeros go ("FU YUAN YU 008" is
 * "FU YUAN YU 8"). The phrases come from ICU's English
 * spell-out rules (0 to 999), not from a hand-kept list. Only English: in other languages the number words are
 * also given names ("Un", "Sei", "Tre"), and a digit for a name would cost recall.
 */
public final class NumberWords implements TokenStep {

    public static final String NAME = "numberWords";
    private static final int LARGEST = 999;
    private static final Pattern DIGIT_ORDINAL = Pattern.compile("(\\d+)(st|nd|rd|th)?");
    private static final PhraseTable PHRASES = new PhraseTable(spelledOut());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(List<String> tokens, List<TokenKind> kinds) {
        for (int i = 0; i < tokens.size(); i++) {
            var ordinal = DIGIT_ORDINAL.matcher(tokens.get(i));
            if (kinds.get(i) == TokenKind.NAME && ordinal.matches()) {
                // "21st" and "021" are 21, as the words "twenty-first" are
                tokens.set(i, ordinal.group(1).replaceFirst("^0+(?=\\d)", ""));
            }
        }
        PHRASES.rewriteNames(tokens, kinds);
    }

    /** "twenty three", "twenty third", "one hundred and five"… to their digits, as the chain's tokens spell them. */
    private static Map<String, String> spelledOut() {
        Map<String, String> out = new HashMap<>();
        RuleBasedNumberFormat cardinal = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        RuleBasedNumberFormat ordinal = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        ordinal.setDefaultRuleSet("%spellout-ordinal");
        for (int n = 0; n <= LARGEST; n++) {
            String digits = Integer.toString(n);
            for (String words : List.of(cardinal.format(n), ordinal.format(n))) {
                String phrase = words.replace('-', ' ').replace(",", "");
                out.put(phrase, digits);
                // British English puts "and" after the hundreds: "one hundred and five"
                if (phrase.contains("hundred ")) {
                    out.put(phrase.replace("hundred ", "hundred and "), digits);
                }
            }
        }
        return out;
    }
}
