package org.tradescreen.model;

import java.lang.Character.UnicodeScript;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One name of a listed party, as the list gives it. {@code weak} marks what OFAC and the UN call
 * low-quality aliases (short nicknames, "f.k.a." fragments): they are kept, but matching trusts them less.
 * {@code script} is the dominant Unicode script of the letters, such as {@code LATIN} or {@code HAN}, so that
 * matching can compare like with like and transliterate the rest.
 */
public record Name(String value, NameKind kind, boolean weak, UnicodeScript script) {

    public Name {
        Objects.requireNonNull(value, "name value");
        Objects.requireNonNull(kind, "name kind");
        if (value.isBlank()) {
            throw new IllegalArgumentException("name value must not be blank");
        }
    }

    public static Name primary(String value) {
        return of(value.strip(), NameKind.PRIMARY, false);
    }

    public static Name alias(String value, boolean weak) {
        return of(value.strip(), NameKind.ALIAS, weak);
    }

    public static Name of(String value, NameKind kind, boolean weak) {
        return new Name(value, kind, weak, scriptOf(value));
    }

    /** The script with the most letters in the text; {@code LATIN} when there are no letters. */
    public static UnicodeScript scriptOf(String text) {
        int[] counts = new int[UnicodeScript.values().length];
        text.codePoints().filter(Character::isLetter).forEach(cp -> counts[UnicodeScript.of(cp).ordinal()]++);
        int best = UnicodeScript.LATIN.ordinal();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return UnicodeScript.values()[best];
    }
}
