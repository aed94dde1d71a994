package org.tradescreen.match.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AccumulatorTest {

    @Test
    void aNameCountsTheBestOfEachTokensListsAndTheSumOverTokens() {
        Accumulator a = new Accumulator(100);
        a.reset();
        a.nextToken();
        a.add(IntBuffer.wrap(new int[] {1, 2, 3}), 0, 3, 1.0f);
        a.add(IntBuffer.wrap(new int[] {2, 4}), 0, 2, 0.5f); // another spelling of the same token: 2 keeps 1.0
        a.nextToken();
        a.add(IntBuffer.wrap(new int[] {2, 4}), 0, 2, 0.25f);
        Candidates c = a.top(10);
        assertArrayEquals(new int[] {2, 1, 3, 4}, c.names());
        assertArrayEquals(new float[] {1.25f, 1.0f, 1.0f, 0.75f}, c.found());
    }

    @Test
    void ofNamesOfEqualWeightTheFirstReachedAreKept() {
        Accumulator a = new Accumulator(10_000);
        a.reset();
        a.nextToken();
        a.add(IntBuffer.wrap(new int[] {5, 9000}), 0, 2, 1.0f);
        a.add(IntBuffer.wrap(new int[] {3}), 0, 1, 1.0f);
        Candidates c = a.top(2);
        assertEquals(new TreeSet<>(List.of(5, 9000)), names(c));
    }

    @Test
    void moreNamesOfTheCutWeightThanRoom_theEvidenceChoosesAmongThem() {
        Accumulator a = new Accumulator(1000);
        a.reset();
        a.nextToken();
        int[] tied = java.util.stream.IntStream.range(0, 100).toArray();
        a.add(IntBuffer.wrap(new int[] {500}), 0, 1, 2.0f);
        a.add(IntBuffer.wrap(tied), 0, tied.length, 1.0f);
        Candidates c = a.top(3, name -> name == 70 || name == 90 ? 1 : 0, 1);
        assertArrayEquals(new int[] {500, 70, 90}, c.names());
    }

    @Test
    void evidenceAllAlike_leavesTheCutAsItWas() {
        Accumulator a = new Accumulator(1000);
        int[] tied = java.util.stream.IntStream.range(0, 100).toArray();
        a.reset();
        a.nextToken();
        a.add(IntBuffer.wrap(tied), 0, tied.length, 1.0f);
        int[] without = a.top(5).names();
        a.reset();
        a.nextToken();
        a.add(IntBuffer.wrap(tied), 0, tied.length, 1.0f);
        assertArrayEquals(without, a.top(5, name -> 0, 1).names());
    }

    @Test
    void resetForgetsTheQueryBefore() {
        Accumulator a = new Accumulator(100);
        a.reset();
        a.nextToken();
        a.add(IntBuffer.wrap(new int[] {7}), 0, 1, 1.0f);
        a.top(5);
        a.reset();
        a.nextToken();
        a.add(IntBuffer.wrap(new int[] {8}), 0, 1, 0.5f);
        assertArrayEquals(new int[] {8}, a.top(5).names());
    }

    /** Millions of names take two radix passes: the weights agree with a plain map of each name's sums. */
    @Test
    void theBestNamesOfAnIndexOfMillionsAgreeWithSummingInAMap() {
        Random random = new Random(7);
        int names = 4_000_000;
        Accumulator a = new Accumulator(names);
        for (int query = 0; query < 20; query++) {
            a.reset();
            Map<Integer, float[]> perToken = new HashMap<>();
            int tokens = 1 + random.nextInt(4);
            for (int t = 0; t < tokens; t++) {
                a.nextToken();
                for (int l = 0, lists = 1 + random.nextInt(5); l < lists; l++) {
                    int[] posting = random.ints(random.nextInt(20_000), 0, names).sorted().distinct().toArray();
                    float w = (1 + random.nextInt(8)) / 8f;
                    a.add(IntBuffer.wrap(posting), 0, posting.length, w);
                    for (int n : posting) {
                        float[] best = perToken.computeIfAbsent(n, k -> new float[tokens]);
                        best[t] = Math.max(best[t], w);
                    }
                }
            }
            Map<Integer, Float> expected = new HashMap<>();
            perToken.forEach((n, best) -> {
                float sum = 0;
                for (float b : best) {
                    sum += b;
                }
                expected.put(n, sum);
            });
            Candidates c = a.top(32);
            List<Float> top = new ArrayList<>(expected.values());
            top.sort((x, y) -> Float.compare(y, x));
            float[] wanted = new float[Math.min(32, top.size())];
            for (int i = 0; i < wanted.length; i++) {
                wanted[i] = top.get(i);
            }
            assertArrayEquals(wanted, c.found(), 1e-5f, "query " + query);
            for (int i = 0; i < c.size(); i++) {
                assertEquals(expected.get(c.name(i)), c.found()[i], 1e-5f);
            }
            assertEquals(expected.size(), a.top(Integer.MAX_VALUE).size());
        }
    }

    private static TreeSet<Integer> names(Candidates c) {
        return new TreeSet<>(Arrays.stream(c.names()).boxed().toList());
    }
}
