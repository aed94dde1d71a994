package org.tradescreen.match.normalize;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A name after the analysis chain: ASCII lower-case tokens, each with its {@link TokenKind}, plus the
 * text as given. Tokens are in name order ("Given SURNAME" after a "SURNAME, Given" list form).
 * {@code script} is the dominant script of the original, so that callers know a transliteration
 * happened.
 */
public final class NormalizedName {

    private final String original;
    private final String[] tokens;
    private final TokenKind[] kinds;
    private final Character.@Nullable UnicodeScript script;

    public NormalizedName(String original, String[] tokens, TokenKind[] kinds, Character.@Nullable UnicodeScript script) {
        if (tokens.length != kinds.length) {
            throw new IllegalArgumentException("one kind per token");
        }
        this.original = Objects.requireNonNull(original);
        this.tokens = tokens;
        this.kinds = kinds;
        this.script = script;
    }

    public String original() {
        return original;
    }

    public int size() {
        return tokens.length;
    }

    public String token(int i) {
        return tokens[i];
    }

    public TokenKind kind(int i) {
        return kinds[i];
    }

    public Character.@Nullable UnicodeScript script() {
        return script;
    }

    public boolean isEmpty() {
        return tokens.length == 0;
    }

    /** The tokens joined by spaces: the normalized form, e.g. "institute forensic science china". */
    public String text() {
        return String.join(" ", tokens);
    }

    public String[] tokens() {
        return tokens.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedName n && Arrays.equals(tokens, n.tokens) && Arrays.equals(kinds, n.kinds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tokens);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(tokens[i]);
            if (kinds[i] != TokenKind.NAME) {
                sb.append('/').append(kinds[i].name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return sb.toString();
    }
}
