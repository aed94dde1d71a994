package org.tradescreen.match.score;

import com.fasterxml.jackson.annotation.JsonValue;

/** How two tokens were found to agree; the stable labels analysts read in explanations. */
public enum MatchKind {
    EXACT("exact"),
    FUZZY("fuzzy"),
    PHONETIC("phonetic"),
    INITIAL("initial"),
    NICKNAME("nickname"),
    JOINED("joined"),
    ACRONYM("acronym"),
    CROSS_SCRIPT("crossScript"),
    /** A Latin word that spells Han or Hangul syllables in one of their readings ("chang" for 張). */
    READING("reading"),
    /** Chinese syllables in Wade-Giles against pinyin ("hsi" / "xi", "chinping" / "jinping"). */
    ROMANIZATION("romanization"),
    /** Words that agree without a Baltic or Slavic ending ("smitas" / "smith", "novakova" / "novak"). */
    INFLECTION("inflection"),
    /** A name's last word cut short, as by a fixed-length field ("compa" / "company"). */
    TRUNCATED("truncated"),
    /** Tokens that agree but stand on opposite sides of "bin": a swap of father and son, so no match. */
    PATRONYMIC_ORDER("patronymicOrder"),
    /** The whole-name score of the OFAC-compatible algorithm. */
    OFAC("ofacScore");

    private final String label;

    MatchKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
