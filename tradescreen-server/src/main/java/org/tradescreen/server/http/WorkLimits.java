package org.tradescreen.server.http;

import io.javalin.http.Context;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much screening one request may do: at most {@code maxCpu} of CPU time on its thread, and only while its
 * client is still there to read the answer. A handler that loops over many names opens a {@link Work} and
 * {@linkplain Work#check checks} it between names; a single name is bounded by the query's own limits.
 */
public final class WorkLimits implements AutoCloseable {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Duration maxCpu;
    private final ClientWatch clients = new ClientWatch();
    private final AtomicLong cancelled = new AtomicLong();
    private final AtomicLong overBudget = new AtomicLong();

    public WorkLimits(Duration maxCpu) {
        this.maxCpu = maxCpu;
    }

    /** Starts the work of one request, on the request's thread. */
    public Work start(Context ctx) {
        return new Work(clients.watch(ctx));
    }

    /** Requests whose client hung up before the answer, their work stopped. */
    public long cancelled() {
        return cancelled.get();
    }

    /** Requests stopped because they needed more than the CPU budget. */
    public long overBudget() {
        return overBudget.get();
    }

    @Override
    public void close() {
        clients.close();
    }

    /** The work of one request; not thread-safe: it measures the CPU time of the thread that started it. */
    public final class Work implements AutoCloseable {
        private final ClientWatch.Watch client;
        private final long startCpu = cpuNanos();

        private Work(ClientWatch.Watch client) {
            this.client = client;
        }

        /**
         * @param done the names screened so far, and {@code total} the names asked for, for the message
         * @throws ClientGone when the client has closed the connection
         * @throws OverBudget when the request has used its CPU budget
         */
        public void check(int done, int total) {
            if (client.gone()) {
                cancelled.incrementAndGet();
                throw new ClientGone();
            }
            if (cpuNanos() - startCpu > maxCpu.toNanos()) {
                overBudget.incrementAndGet();
                throw new OverBudget("this request needs more than the server's limit of " + seconds(maxCpu)
                        + " of CPU time (stopped after " + done + " of " + total + " names): send fewer or shorter names"
                        + " per request");
            }
        }

        @Override
        public void close() {
            client.close();
        }
    }

    private static long cpuNanos() {
        // Where the JVM cannot tell a thread's CPU time, wall time bounds it from above.
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** The client hung up: there is nobody to answer. */
    /** The status a request whose client went away is counted under (nginx's 499). */
    public static final int CLIENT_GONE = 499;

    public static final class ClientGone extends RuntimeException {
        ClientGone() {
            super("the client closed the connection", null, false, false);
        }
    }

    /** The request needs more CPU than one request may use; answered 422 with this message. */
    public static final class OverBudget extends RuntimeException {
        OverBudget(String message) {
            super(message);
        }
    }
}
