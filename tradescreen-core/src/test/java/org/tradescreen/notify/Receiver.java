package org.tradescreen.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real webhook receiver on a free local port: records every request and answers the statuses it was given, in
 * order (the last one from then on). It can also hold its answers until {@link #release} is called.
 */
final class Receiver implements AutoCloseable {

    /** One request as received: the method, headers by lower-case name, and the body. */
    record Request(String method, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final Deque<Integer> statuses;
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch arrived = new CountDownLatch(1);
    private volatile CountDownLatch held = new CountDownLatch(0);
    private final ExecutorService pool = Executors.newCachedThreadPool();

    private Receiver(int... statuses) throws IOException {
        this.statuses = new ArrayDeque<>();
        for (int s : statuses) {
            this.statuses.add(s);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream().collect(Collectors.toMap(
                    e -> e.getKey().toLowerCase(Locale.ROOT), e -> String.join(",", e.getValue())));
            received.add(new Request(exchange.getRequestMethod(), headers, body));
            arrived.countDown();
            try {
                held.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status;
            synchronized (this.statuses) {
                status = this.statuses.size() > 1 ? this.statuses.poll() : this.statuses.peek();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(pool);
        server.start();
    }

    /** Answers {@code statuses} in order, then the last one to every further request. */
    static Receiver answering(int... statuses) {
        try {
            return new Receiver(statuses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A URL on a local port nobody listens on: connections to it are refused. */
    static String nobodyListening() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/hook";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Request> received() {
        return List.copyOf(received);
    }

    /** From now on, answers only once {@link #release} is called. */
    void hold() {
        held = new CountDownLatch(1);
    }

    void release() {
        held.countDown();
    }

    /** Waits (up to 10 s) for the first request. */
    boolean awaitFirst() throws InterruptedException {
        return arrived.await(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        pool.shutdownNow();
    }
}
