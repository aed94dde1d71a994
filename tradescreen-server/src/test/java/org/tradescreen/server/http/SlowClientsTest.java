package org.tradescreen.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.server.ServerFixture;

/**
 * Issue 9, finding 1: clients that send a request body one byte every few seconds (slowloris) must not hold
 * the worker threads. Before the fix about 60 such connections froze the server.
 */
class SlowClientsTest {

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    @Test
    void eightySlowBodies_leaveHealthAndScreeningAnsweringWithinASecond() throws Exception {
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < 80; i++) {
                Socket s = new Socket("127.0.0.1", server.server().port());
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 4000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
            }
            // One more byte every 2 s on each connection, as a slowloris client keeps its requests alive.
            trickle.scheduleAtFixedRate(() -> slow.forEach(s -> {
                try {
                    s.getOutputStream().write(' ');
                    s.getOutputStream().flush();
                } catch (IOException closedByTheServer) {
                    // the server may cut a client that is this slow: that is one of the accepted defences
                }
            }), 2, 2, TimeUnit.SECONDS);
            Thread.sleep(3000);

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            for (String path : List.of("/healthz", "/api/v1/screen?name=Institute+of+Forensic+Science+of+China")) {
                long start = System.nanoTime();
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as(path).isLessThan(Duration.ofSeconds(1));
            }
        } finally {
            trickle.shutdownNow();
            for (Socket s : slow) {
                s.close();
            }
        }
    }
}
