package org.tradescreen.server.compat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.model.Entity;

/**
 * A search with no name, by filters alone: every entity of the index is decoded in turn and tested, and only what the
 * answer needs is kept: how many pass, what the caller counts of them (facets, sources), and the page asked for, as
 * the first {@code offset + size} in the caller's order. Holding every entity that passes does not fit the heap once
 * the lists hold millions: a search by country alone over 3,000,000 entities ran the server out of memory.
 */
public final class IndexScan {

    /** How many entities passed the filter, and the page asked for, in order. */
    public record Result(int total, List<Entity> page) {
    }

    private record Numbered(int number, Entity entity) {
    }

    private IndexScan() {
    }

    /**
     * The entities that {@code pass}, each also handed to {@code eachPassing}; the page from {@code offset} of
     * {@code size} in {@code order}, entities equal in it by their place in the index.
     */
    public static Result select(ScreeningIndex index, Predicate<Entity> passes, Consumer<Entity> eachPassing,
                                Comparator<Entity> order, int offset, int size) {
        Comparator<Numbered> byOrder = Comparator.<Numbered, Entity>comparing(Numbered::entity, order)
                .thenComparingInt(Numbered::number);
        int keep = (int) Math.min((long) offset + size, Integer.MAX_VALUE);
        // the first `keep` seen so far, the last of them on top
        PriorityQueue<Numbered> first = new PriorityQueue<>(byOrder.reversed());
        int total = 0;
        for (int e = 0; e < index.entityCount(); e++) {
            Entity entity = index.entity(e);
            if (!passes.test(entity)) {
                continue;
            }
            total++;
            eachPassing.accept(entity);
            Numbered n = new Numbered(e, entity);
            if (first.size() < keep) {
                first.add(n);
            } else if (keep > 0 && byOrder.compare(n, first.peek()) < 0) {
                first.poll();
                first.add(n);
            }
        }
        List<Numbered> kept = new ArrayList<>(first);
        kept.sort(byOrder);
        return new Result(total, kept.subList(Math.min(offset, kept.size()), kept.size()).stream()
                .map(Numbered::entity).toList());
    }
}
