package org.tradescreen.match.index;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Working memory for one query's retrieval: the names on the posting lists the query's tokens reach, summed per
 * name. Lent to one query at a time ({@link Scratch}); what it finds leaves it as a {@link Candidates} value.
 *
 * <p>The postings are gathered, not added up where they fall: one entry per posting (the name and which list), then a
 * radix sort by name, then a pass that sums each name's entries. Every step reads and writes memory in order. Adding
 * into an array of a number per name instead costs a cache miss per posting once the index holds millions of names,
 * and a query's common words reach tens of thousands of them. Its memory grows with the postings a query reaches,
 * not with the index.
 */
final class Accumulator {
    /** Radix digits of the name: 11 bits a pass, two passes for up to four million names. */
    private static final int DIGIT_BITS = 11;
    private static final int DIGITS = 1 << DIGIT_BITS;

    /** One per posting: the name in the high 32 bits, the list (its number in this query) in the low. */
    private long[] entries = new long[1024];
    private long[] sorted = new long[1024];
    private int size;
    /** Per list: the weight it gives and the query token it stands for. */
    private float[] listWeight = new float[16];
    private int[] listToken = new int[16];
    private int lists;
    private int token;
    private final int[] counts = new int[DIGITS];
    /** Per name reached, in order of number: which, its weight, the first list that reached it. */
    private int[] nameId = new int[0];
    private float[] nameSum = new float[0];
    private int[] nameFirstList = new int[0];
    private int[] reachedOrder = new int[0];
    private final int namePasses;

    /** Working memory for an index of this many names. */
    Accumulator(int names) {
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, names - 1));
        this.namePasses = Math.max(1, (bits + DIGIT_BITS - 1) / DIGIT_BITS);
    }

    void reset() {
        size = 0;
        lists = 0;
        token = 0;
    }

    /** The next query token: each name counts once per token. */
    void nextToken() {
        token++;
    }

    /**
     * Adds w to each name of the posting list; a name reached again by the same query token (through another
     * spelling) keeps the larger weight, so what a name found does not depend on the order of the lookups.
     */
    void add(IntBuffer names, int from, int to, float w) {
        if (lists == listWeight.length) {
            listWeight = Arrays.copyOf(listWeight, lists * 2);
            listToken = Arrays.copyOf(listToken, lists * 2);
        }
        int list = lists++;
        listWeight[list] = w;
        listToken[list] = token;
        int needed = size + (to - from);
        if (needed > entries.length) {
            int grown = Math.max(needed, entries.length * 2);
            entries = Arrays.copyOf(entries, grown);
            sorted = new long[grown];
        }
        for (int i = from; i < to; i++) {
            entries[size++] = ((long) names.get(i) << 32) | list;
        }
    }

    /**
     * The k names with the most weight, best first. A name's weight is the sum over the query tokens of the best its
     * lists give it, added up as the query reached it (the first weight, then what a better one adds); the names then
     * go through a bounded min-heap in the order the query first reached them (by list, then by number), so that the
     * names kept among equals, and their order, are those of adding the postings up where they fall.
     */
    Candidates top(int k) {
        return top(k, null, 0);
    }

    /**
     * As {@link #top(int)}, except when more names share the weight at the cut than there is room for: then those
     * with the most of {@code evidence} (the query's other words they hold, say; at most {@code most}) take the room,
     * in the order reached among equals. Without it the cut among them would fall by the order they were reached
     * alone, which says nothing about them: a misspelt word reaching thousands of names by sound gives them all the
     * same weight.
     */
    Candidates top(int k, @Nullable IntUnaryOperator evidence, int most) {
        long[] byName = sortByName();
        int unique = sumByName(byName);
        int[] reached = inOrderReached(unique);
        int[] heap = new int[Math.min(k, unique)];
        int held = 0;
        for (int r = 0; r < unique; r++) {
            int u = reached[r];
            if (held < heap.length) {
                heap[held] = u;
                siftUp(heap, held++);
            } else if (held > 0 && nameSum[u] > nameSum[heap[0]]) {
                heap[0] = u;
                siftDown(heap, held);
            }
        }
        if (evidence != null && held == k && k > 0) {
            held = breakTieAtCut(heap, held, reached, unique, evidence, most);
        }
        Integer[] sorted = new Integer[held];
        for (int i = 0; i < held; i++) {
            sorted[i] = heap[i];
        }
        Arrays.sort(sorted, (a, b) -> Float.compare(nameSum[b], nameSum[a]));
        int[] names = new int[held];
        float[] found = new float[held];
        for (int i = 0; i < held; i++) {
            names[i] = nameId[sorted[i]];
            found[i] = nameSum[sorted[i]];
        }
        return new Candidates(names, found);
    }

    /**
     * Refills the heap's places at the cut weight when more names have it than fit: the names above the cut stay, and
     * of those at it, the ones with the most evidence, then the first reached. Returns how many are held.
     */
    private int breakTieAtCut(int[] heap, int held, int[] reached, int unique, IntUnaryOperator evidence, int most) {
        float cut = nameSum[heap[0]];
        int above = 0;
        int tied = 0;
        for (int u = 0; u < unique; u++) {
            if (nameSum[u] > cut) {
                above++;
            } else if (nameSum[u] == cut) {
                tied++;
            }
        }
        if (above + tied <= held) {
            return held;
        }
        int[] atCut = new int[tied];
        int[] kept = new int[held];
        int n = 0;
        int t = 0;
        for (int r = 0; r < unique; r++) {
            int u = reached[r];
            if (nameSum[u] > cut) {
                kept[n++] = u;
            } else if (nameSum[u] == cut) {
                atCut[t++] = u;
            }
        }
        int room = held - n;
        int[] score = new int[tied];
        int looked = 0;
        int withMost = 0;
        boolean differ = false;
        // in the order reached; done once the room is filled by names holding all the evidence there is and some
        // name was seen holding less (they can only come after those)
        while (looked < tied && !(differ && withMost >= room)) {
            score[looked] = evidence.applyAsInt(nameId[atCut[looked]]);
            differ |= score[looked] != score[0];
            withMost += score[looked] == most ? 1 : 0;
            looked++;
        }
        if (!differ) {
            return held; // nothing to choose by: the heap's choice stands
        }
        Integer[] order = new Integer[looked];
        for (int i = 0; i < looked; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(score[b], score[a])); // stable: the first reached among equals
        for (int i = 0; n < held; i++) {
            kept[n++] = atCut[order[i]];
        }
        System.arraycopy(kept, 0, heap, 0, held);
        return held;
    }

    /** Each name's weight ({@link #top}) and the first list that reached it, name by name; returns how many. */
    private int sumByName(long[] byName) {
        if (nameId.length < size) {
            nameId = new int[size];
            nameSum = new float[size];
            nameFirstList = new int[size];
            reachedOrder = new int[size];
        }
        int unique = 0;
        int i = 0;
        while (i < size) {
            int name = (int) (byName[i] >>> 32);
            nameFirstList[unique] = (int) byName[i];
            float sum = 0;
            float tokenBest = 0;
            int at = -1;
            for (; i < size && (int) (byName[i] >>> 32) == name; i++) {
                int list = (int) byName[i];
                float w = listWeight[list];
                if (listToken[list] != at) {
                    at = listToken[list];
                    sum += w;
                    tokenBest = w;
                } else if (w > tokenBest) {
                    sum += w - tokenBest;
                    tokenBest = w;
                }
            }
            nameId[unique] = name;
            nameSum[unique++] = sum;
        }
        return unique;
    }

    /**
     * The first {@code unique} places of the array returned: the names in the order the query first reached them, by
     * first list (a counting sort), by number within one.
     */
    private int[] inOrderReached(int unique) {
        int[] start = new int[lists + 1];
        for (int u = 0; u < unique; u++) {
            start[nameFirstList[u] + 1]++;
        }
        for (int l = 0; l < lists; l++) {
            start[l + 1] += start[l];
        }
        int[] order = reachedOrder;
        for (int u = 0; u < unique; u++) {
            order[start[nameFirstList[u]]++] = u;
        }
        return order;
    }

    /**
     * The entries ordered by name, and within a name in the order they were added (so by query token): a least
     * significant digit radix sort on the name bits, which keeps that order.
     */
    private long[] sortByName() {
        long[] from = entries;
        long[] to = sorted;
        for (int pass = 0; pass < namePasses; pass++) {
            int shift = 32 + pass * DIGIT_BITS;
            Arrays.fill(counts, 0);
            for (int i = 0; i < size; i++) {
                counts[(int) (from[i] >>> shift) & (DIGITS - 1)]++;
            }
            int start = 0;
            for (int d = 0; d < DIGITS; d++) {
                int c = counts[d];
                counts[d] = start;
                start += c;
            }
            for (int i = 0; i < size; i++) {
                long e = from[i];
                to[counts[(int) (e >>> shift) & (DIGITS - 1)]++] = e;
            }
            long[] t = from;
            from = to;
            to = t;
        }
        entries = from;
        sorted = to;
        return from;
    }

    private void siftUp(int[] h, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (nameSum[h[i]] >= nameSum[h[parent]]) {
                return;
            }
            int t = h[i];
            h[i] = h[parent];
            h[parent] = t;
            i = parent;
        }
    }

    private void siftDown(int[] h, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int min = i;
            if (l < size && nameSum[h[l]] < nameSum[h[min]]) {
                min = l;
            }
            if (r < size && nameSum[h[r]] < nameSum[h[min]]) {
                min = r;
            }
            if (min == i) {
                return;
            }
            int t = h[i];
            h[i] = h[min];
            h[min] = t;
            i = min;
        }
    }
}
