package org.tradescreen.match.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Legal forms of several words written with one typo in one word of four letters or more ("joynt stock company").
 * Several forms share all their words but one ("open", "closed", "public joint stock company"): which one a typo
 * meant depends on the word typed alone, never on the order in which the table's phrases happen to be iterated
 * (that of {@code Map.copyOf}, which changes from one JVM to the next).
 */
class LegalFormsTest {

    private final NameAnalyzer analyzer = NameAnalyzer.standard();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "COSED JOINT STOCK COMPANY VOLOGDA BEARING PLANT|CLOSED JOINT STOCK COMPANY VOLOGDA BEARING PLANT",
            "PROMSVYAZBANK PUBIC JOINT STOCK COMPANY|PROMSVYAZBANK PUBLIC JOINT STOCK COMPANY",
            "OPPEN JOINT STOCK COMPANY SIBUR|OPEN JOINT STOCK COMPANY SIBUR",
            "Zakrytoye Aktsionernoe Obshchestvo Rostec|Zakrytoe Aktsionernoe Obshchestvo Rostec",
            "Otkrytoye Aktsionernoe Obshchestvo Rostec|Otkrytoe Aktsionernoe Obshchestvo Rostec",
            "Publichnoye Aktsionernoe Obshchestvo Rostec|Publichnoe Aktsionernoe Obshchestvo Rostec",
            "Acme Sociedad Limitadda|Acme Sociedad Limitada",
            "Acme Naamlose Vennootschap|Acme Naamloze Vennootschap",
            "Acme Beslotten Vennootschap|Acme Besloten Vennootschap",
            "Acme Yuggen Kaisha|Acme Yugen Kaisha",
            "Acme Kabushiki Kaisya|Acme Kabushiki Kaisha"})
    void aTypoInAWordThatSeveralFormsShareFindsTheFormMeant(String typed, String listed) {
        assertThat(analyzer.analyze(typed).toString()).isEqualTo(analyzer.analyze(listed).toString());
    }

    /**
     * Every form of several words from the table, with a letter doubled in any one of its words of four letters or
     * more, is found as that form, unless the misspelt word is as near a word of another form of other meaning.
     */
    @Test
    void everyFormOfSeveralWordsIsFoundWithOneTypoInAnyOfItsLongWords() {
        Map<String, String> table = WordTable.load(LegalForms.class, "legal-forms.tsv");
        PhraseTable forms = new PhraseTable(table);
        List<String> missed = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, String> form : table.entrySet()) {
            String[] words = form.getKey().split(" ");
            for (int k = 0; words.length > 1 && k < words.length; k++) {
                if (words[k].length() < 4) {
                    continue;
                }
                String[] typed = words.clone();
                int at = words[k].length() / 2;
                typed[k] = words[k].substring(0, at + 1) + words[k].substring(at);
                List<String> tokens = List.of(typed);
                if (forms.at(tokens, 0) != null || ambiguous(table, words, k, typed[k], form.getValue())) {
                    continue;
                }
                tried++;
                PhraseTable.Match m = forms.atWithOneTypo(tokens, 0);
                if (m == null || m.length() != words.length || !form.getValue().equals(m.canonical())) {
                    missed.add(String.join(" ", typed) + " -> " + (m == null ? null : m.canonical()) + ", not "
                            + form.getValue());
                }
            }
        }
        assertThat(tried).isGreaterThan(50);
        assertThat(missed).isEmpty();
    }

    /** Whether {@code typedWord} is one slip from word k of another form that differs from this one there alone. */
    private static boolean ambiguous(Map<String, String> table, String[] words, int k, String typedWord,
            String canonical) {
        for (Map.Entry<String, String> other : table.entrySet()) {
            String[] o = other.getKey().split(" ");
            if (o.length != words.length || other.getValue().equals(canonical) || !Edits.oneSlip(o[k], typedWord)) {
                continue;
            }
            boolean rest = true;
            for (int w = 0; w < o.length; w++) {
                rest &= w == k || o[w].equals(words[w]);
            }
            if (rest) {
                return true;
            }
        }
        return false;
    }
}
