package org.tradescreen.match.phonetic;

import java.util.Objects;

/**
 * One name token prepared for cross-script comparison: the text as given, its {@link NameScript} and its
 * key, the romanized letters {@code a-z} that {@link CrossScriptSimilarity} aligns. Built once per token
 * by {@link CrossScriptSimilarity#prepare} so that the screening loop only compares keys; an index can
 * store the key beside the token. A token whose key is empty (digits, punctuation) matches nothing.
 */
public record PhoneticToken(String text, NameScript script, String key) {

    public PhoneticToken {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(key, "key");
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < 'a' || key.charAt(i) > 'z') {
                throw new IllegalArgumentException("key must hold only the letters a-z, got '" + key + "'");
            }
        }
    }

    /** The token with its script detected and its letters romanized. */
    public static PhoneticToken of(String token, Romanizer romanizer) {
        Objects.requireNonNull(token, "token");
        NameScript script = NameScript.of(token);
        return new PhoneticToken(token, script, romanizer.romanize(token, script));
    }

    public boolean isEmpty() {
        return key.isEmpty();
    }
}
