package org.tradescreen.match.index;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Working memory sized to an index (a number per name or per word), lent to one query at a time. A server may run a
 * request on each of hundreds of threads; one such array per thread would cost gigabytes for an index of millions,
 * while only as many queries as there are cores make progress at once. So at most twice the cores' worth are made,
 * and a query beyond them waits for one to come back.
 */
final class Scratch<T> {

    private static final int MOST = 2 * Runtime.getRuntime().availableProcessors();

    private final Supplier<T> make;
    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
    private final Semaphore lent = new Semaphore(MOST);

    Scratch(Supplier<T> make) {
        this.make = make;
    }

    /** What {@code work} makes of a piece of working memory, which goes back when it returns. */
    <R> R with(Function<T, R> work) {
        lent.acquireUninterruptibly();
        T t = idle.poll();
        try {
            if (t == null) {
                t = make.get();
            }
            return work.apply(t);
        } finally {
            if (t != null) {
                idle.offer(t);
            }
            lent.release();
        }
    }
}
