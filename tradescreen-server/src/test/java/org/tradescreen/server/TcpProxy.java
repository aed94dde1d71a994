package org.tradescreen.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the server and its database that a test can cut: {@link #cut} closes every live connection
 * and the listening socket (new connections are refused, as by a database that is down), {@link #restore} listens
 * on the same port again. Plain sockets, one thread per direction of each connection.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress upstream;
    private final int port;
    private final Set<Socket> live = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;

    public TcpProxy(String host, int port) throws IOException {
        this.upstream = new InetSocketAddress(host, port);
        ServerSocket first = new ServerSocket();
        first.setReuseAddress(true);
        first.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.port = first.getLocalPort();
        listen(first);
    }

    public int port() {
        return port;
    }

    /** Cuts every connection through the proxy and refuses new ones until {@link #restore}. */
    public synchronized void cut() throws IOException {
        ServerSocket s = listening;
        listening = null;
        if (s != null) {
            s.close();
        }
        for (Socket socket : live) {
            socket.close();
        }
        live.clear();
    }

    /** Accepts connections again, on the same port. */
    public synchronized void restore() throws IOException {
        if (listening != null) {
            return;
        }
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listen(s);
    }

    private void listen(ServerSocket s) {
        listening = s;
        Thread accept = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    Socket server = new Socket();
                    server.connect(upstream, 5_000);
                    live.add(client);
                    live.add(server);
                    if (listening != s) { // cut while connecting
                        client.close();
                        server.close();
                        continue;
                    }
                    pipe(client, server);
                    pipe(server, client);
                } catch (IOException e) {
                    // the listening socket was closed (cut), or one connection failed: it is closed
                }
            }
        }, "tcp-proxy-accept-" + port);
        accept.setDaemon(true);
        accept.start();
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // cut, or the other side closed
            } finally {
                close(from);
                close(to);
            }
        }, "tcp-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    private void close(Socket s) {
        live.remove(s);
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
