package org.tradescreen.match.index;

import java.nio.DoubleBuffer;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** The words of an index: each word's number, text and rarity, read from the index file. */
final class Terms {

    private final Texts text;
    private final Lookup byText;
    private final DoubleBuffer rarity;
    /**
     * Each word's text once decoded: a word is read again for every name holding it that a query reaches, and the
     * one String per word keeps its hash for the lookups of its sound and spellings.
     */
    private final AtomicReferenceArray<String> decoded;

    Terms(IndexFileReader file) {
        this.text = new Texts(file, Table.TERM_TEXT, Table.TERM_AT);
        this.byText = new Lookup(file, Table.TERM_KEYS, Table.TERM_SPANS, Table.TERM_IDS);
        this.rarity = file.doubles(Table.RARITY);
        if (text.count() != file.terms() || rarity.limit() != file.terms()) {
            throw new IndexDamagedException("index file: " + text.count() + " words, " + rarity.limit() + " weights");
        }
        this.decoded = new AtomicReferenceArray<>(text.count());
    }

    int count() {
        return text.count();
    }

    /** The number of a word, or -1 when the index does not hold it (the hash is checked against the text). */
    int id(String word) {
        for (int t : byText.get(Hashes.of(word))) {
            if (text(t).equals(word)) {
                return t;
            }
        }
        return -1;
    }

    String text(int t) {
        String known = decoded.get(t);
        if (known == null) {
            known = text.get(t);
            decoded.set(t, known);
        }
        return known;
    }

    /** How rare the word is among the names, 1 for a word the index does not hold (see {@link RarityWeights}). */
    double rarity(String word) {
        int t = id(word);
        return t < 0 ? 1.0 : rarity(t);
    }

    double rarity(int t) {
        return rarity.get(t);
    }
}
