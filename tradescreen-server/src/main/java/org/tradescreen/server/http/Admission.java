package org.tradescreen.server.http;

import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * Who gets a worker thread, and when. Three Jetty handlers sit in front of the application, outermost first:
 * <ol>
 *   <li>{@link MinimumDataRateHandler}: a request body must arrive at {@value #MIN_BODY_BYTES_PER_SECOND} bytes
 *       a second or more; a client sending a byte every few seconds is cut off.</li>
 *   <li>{@link EagerContentHandler}: the whole body is read without a thread (up to the request size limit,
 *       413 beyond it), then handed to the application, so a slow upload never holds a worker thread.</li>
 *   <li>{@link QoSHandler}: at most {@code workers - }{@value #RESERVED_THREADS} requests run in the application
 *       at once; the rest wait without a thread, and are answered 503 after {@link #MAX_WAIT}. Health checks
 *       and metrics bypass it, so {@code /healthz} and {@code /readyz} find a thread whatever the load.</li>
 * </ol>
 * Without the first two, about 60 connections trickling their bodies froze a server of 64 threads.
 */
public final class Admission {

    /** Low enough for any real client, even one on a poor mobile link, far above a slowloris trickle. */
    static final long MIN_BODY_BYTES_PER_SECOND = 256;
    /** Threads kept for health checks, metrics and Jetty's own acceptor and selector. */
    static final int RESERVED_THREADS = 16;
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final String[] ALWAYS_ADMITTED = {"/healthz", "/readyz", "/metrics"};

    private Admission() {
    }

    /**
     * The chain to set as the Jetty server's handler; Javalin attaches its own handler inside the innermost.
     *
     * @param workers the size of the server's thread pool
     * @param maxBodyBytes the request size limit
     */
    public static Handler.Wrapper chain(int workers, long maxBodyBytes) {
        if (workers <= RESERVED_THREADS) {
            throw new IllegalArgumentException("the server needs more than " + RESERVED_THREADS + " threads, got " + workers);
        }
        QoSHandler admitted = new QoSHandler();
        admitted.setMaxRequestCount(workers - RESERVED_THREADS);
        admitted.setMaxSuspend(MAX_WAIT);
        admitted.excludePath(ALWAYS_ADMITTED);
        // Jetty counts a few bytes of framing per chunk: the margin keeps the application's own size limit, with
        // its message, the one a client meets; only a body far past it is refused here (413).
        long retained = maxBodyBytes + maxBodyBytes / 64 + 64 * 1024;
        EagerContentHandler eager = new EagerContentHandler(admitted,
                new EagerContentHandler.RetainedContentLoaderFactory(retained, -1, true));
        return new MinimumDataRateHandler(eager, MIN_BODY_BYTES_PER_SECOND, 0);
    }
}
