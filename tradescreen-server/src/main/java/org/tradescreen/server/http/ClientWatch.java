package org.tradescreen.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SelectableChannelEndPoint;
import org.jspecify.annotations.Nullable;

/**
 * Notices when the client of a long request hangs up, so that its work can stop.
 *
 * <p>Jetty does not read an HTTP/1.1 connection while the application handles a request on it, so a client
 * that closes its end goes unnoticed until the answer is written. Here the request's socket is also registered,
 * for reading only, with one selector of our own, served by one thread for all watched requests. A socket that
 * becomes readable with nothing to read has reached end of stream: the client is gone. Readable with bytes
 * waiting is a pipelined next request: the watch ends and those bytes stay for Jetty. Nothing is ever read
 * from the socket here. A client that half-closes its sending side while it waits for the answer is taken
 * for gone, as Go's HTTP server takes it.
 */
public final class ClientWatch implements AutoCloseable {

    /** One watched request. */
    public static final class Watch implements AutoCloseable {
        private volatile @Nullable SelectionKey key;
        private volatile boolean gone;

        private Watch() {
        }

        /** Whether the client has closed the connection. */
        public boolean gone() {
            return gone;
        }

        @Override
        public void close() {
            SelectionKey k = key;
            if (k != null) {
                k.cancel();
                // The selector forgets a cancelled key at its next select: wake it, so the socket is let go now.
                k.selector().wakeup();
            }
        }
    }

    private final Selector selector;
    private final Thread thread;

    public ClientWatch() {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector to watch clients", e);
        }
        this.thread = new Thread(this::run, "tradescreen-client-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching the connection of {@code ctx}; a connection that is not a plain socket is not watched. */
    public Watch watch(Context ctx) {
        EndPoint endPoint = ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData()
                .getConnection().getEndPoint();
        if (!(endPoint instanceof SelectableChannelEndPoint selectable)
                || !(selectable.getChannel() instanceof SocketChannel channel)) {
            return new Watch();
        }
        Watch watch = new Watch();
        try {
            watch.key = channel.register(selector, SelectionKey.OP_READ, watch);
            selector.wakeup();
        } catch (IOException | IllegalStateException e) {
            // The connection closed already, or the server is stopping (a closed selector): nobody waits for the answer.
            watch.gone = true;
        }
        return watch;
    }

    private void run() {
        try {
            while (selector.isOpen()) {
                selector.select(1000);
                for (SelectionKey key : selector.selectedKeys()) {
                    Watch watch = (Watch) key.attachment();
                    if (watch != null && key.isValid() && key.isReadable()) {
                        watch.gone = waiting((SocketChannel) key.channel()) == 0;
                        key.cancel();
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException stopped) {
            // closed with the server
        }
    }

    /** Bytes waiting on a readable socket: none means end of stream. */
    private static int waiting(SocketChannel channel) {
        try {
            return channel.socket().getInputStream().available();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        try {
            selector.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
        thread.interrupt();
    }
}
