package org.tradescreen.match.index;

import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * Working memory for one query's retrieval: the weight found in each name, accumulated over the query's tokens
 * (reset through a touched list, so a query allocates little). Lent to one query at a time ({@link Scratch}); what
 * it finds leaves it as a {@link Candidates} value.
 */
final class Accumulator {
    private final float[] acc;
    /** The weight this query token gave each name so far: a token that reaches a name twice counts its best. */
    private final float[] tokenWeight;
    private final int[] lastStamp;
    private final int[] touched;
    private int touchedCount;
    private int stamp;

    Accumulator(int names) {
        acc = new float[names];
        tokenWeight = new float[names];
        lastStamp = new int[names];
        touched = new int[names];
    }

    void reset() {
        for (int i = 0; i < touchedCount; i++) {
            acc[touched[i]] = 0;
            lastStamp[touched[i]] = 0;
        }
        touchedCount = 0;
        stamp = 0;
    }

    /** The next query token: each name counts once per token. */
    void nextToken() {
        stamp++;
    }

    /**
     * Adds w to each name of the posting list; a name reached again by the same query token (through another
     * spelling) keeps the larger weight, so what a name found does not depend on the order of the lookups.
     */
    void add(IntBuffer names, int from, int to, float w) {
        for (int i = from; i < to; i++) {
            int n = names.get(i);
            if (lastStamp[n] == stamp) {
                if (w > tokenWeight[n]) {
                    acc[n] += w - tokenWeight[n];
                    tokenWeight[n] = w;
                }
                continue;
            }
            if (lastStamp[n] == 0) {
                touched[touchedCount++] = n;
            }
            lastStamp[n] = stamp;
            acc[n] += w;
            tokenWeight[n] = w;
        }
    }

    /** The k names with the most accumulated weight, best first (a bounded min-heap). */
    Candidates top(int k) {
        int[] heap = new int[Math.min(k, touchedCount)];
        int size = 0;
        for (int i = 0; i < touchedCount; i++) {
            int id = touched[i];
            if (size < heap.length) {
                heap[size] = id;
                siftUp(heap, size++);
            } else if (acc[id] > acc[heap[0]]) {
                heap[0] = id;
                siftDown(heap, size);
            }
        }
        Integer[] sorted = new Integer[size];
        for (int i = 0; i < size; i++) {
            sorted[i] = heap[i];
        }
        Arrays.sort(sorted, (a, b) -> Float.compare(acc[b], acc[a]));
        int[] out = new int[size];
        float[] found = new float[size];
        for (int i = 0; i < size; i++) {
            out[i] = sorted[i];
            found[i] = acc[sorted[i]];
        }
        return new Candidates(out, found);
    }

    private void siftUp(int[] h, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (acc[h[i]] >= acc[h[parent]]) {
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
            if (l < size && acc[h[l]] < acc[h[min]]) {
                min = l;
            }
            if (r < size && acc[h[r]] < acc[h[min]]) {
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
