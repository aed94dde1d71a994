package org.tradescreen.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tradescreen.server.ServerFixture;

/**
 * Issue 9, finding 3: a batch of long Han-script names cost about 75 s of CPU and ran on after its client hung
 * up. Each request now has a CPU budget (422 past it), and its work stops when the client goes away.
 */
class RequestLimitsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** {@code n} names of {@code length} Han characters drawn at random (seed 42), the costliest names there are. */
    static List<String> longHanNames(int n, int length) {
        Random random = new Random(42);
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            StringBuilder name = new StringBuilder();
            for (int c = 0; c < length; c++) {
                name.appendCodePoint(0x4E00 + random.nextInt(0x5000));
                if (c % 4 == 3) {
                    name.append(' ');
                }
            }
            return name.toString().strip();
        }).toList();
    }

    static String batch(List<String> names) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode queries = body.putArray("queries");
        names.forEach(n -> queries.addObject().put("id", String.valueOf(queries.size())).put("name", n));
        return body.toString();
    }

    @Test
    void aBatchPastTheCpuBudgetIs422NamingTheBudget() throws Exception {
        try (ServerFixture server = ServerFixture.start(s -> s.withMaxRequestCpu(Duration.ofMillis(20)), List.of())) {
            HttpResponse<String> r = server.post("/api/v1/screen", batch(longHanNames(200, 300)));
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(JSON.readTree(r.body()).path("error").asText())
                    .startsWith("this request needs more than the server's limit of 20 ms of CPU time (stopped after ");

            ObjectNode yente = JSON.createObjectNode();
            ObjectNode queries = yente.putObject("queries");
            List<String> names = longHanNames(50, 300);
            for (int i = 0; i < names.size(); i++) {
                queries.putObject("q" + i).put("schema", "Person").putObject("properties").putArray("name").add(names.get(i));
            }
            HttpResponse<String> y = server.post("/match/default", yente.toString());
            assertThat(y.statusCode()).isEqualTo(422);
            assertThat(JSON.readTree(y.body()).path("detail").asText()).contains("limit of 20 ms of CPU time");

            assertThat(metric(server, "tradescreen_requests_over_budget_total")).isEqualTo(2);
        }
    }

    @Test
    void aBatchWhoseClientHangsUpIsStopped() throws Exception {
        try (ServerFixture server = ServerFixture.start()) {
            byte[] body = batch(longHanNames(1000, 750)).getBytes(StandardCharsets.UTF_8);
            try (Socket s = new Socket("127.0.0.1", server.server().port())) {
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                Thread.sleep(1500);
            }
            // About 75 s of work if it ran to the end; stopped once the server sees the connection closed.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (metric(server, "tradescreen_requests_cancelled_total") < 1 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(metric(server, "tradescreen_requests_cancelled_total")).isEqualTo(1);
            assertThat(metric(server, "tradescreen_requests_over_budget_total")).isZero();
        }
    }

    static double metric(ServerFixture server, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? (\\S+)$").matcher(server.get("/metrics").body());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
