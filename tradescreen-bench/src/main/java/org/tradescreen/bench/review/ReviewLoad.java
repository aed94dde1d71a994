package org.tradescreen.bench.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Many reviewers working the alert queue of a running server at once, over HTTP, for a fixed time: analysts claim
 * open alerts and propose, supervisors confirm proposals. Counts every answer; anything but 200 or 409 (someone
 * else got there first) is an error. Then checks that no update was lost: each alert's version must be one more
 * than the actions the reviewers were told succeeded on it.
 *
 * <p>Usage: {@code ReviewLoad URL ANALYST_KEYS SUPERVISOR_KEYS SECONDS [ALERTS]} (key files: one key a line, as
 * {@code tradescreen users add} prints them). First raises ALERTS alerts (default 2,000) through batch screens.
 */
public final class ReviewLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final Map<Long, AtomicLong> succeeded = new ConcurrentHashMap<>();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    private ReviewLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ReviewLoad URL ANALYST_KEYS SUPERVISOR_KEYS SECONDS [ALERTS]");
            System.exit(2);
        }
        ReviewLoad load = new ReviewLoad(args[0]);
        List<String> analysts = keys(args[1]);
        List<String> supervisors = keys(args[2]);
        long seconds = Long.parseLong(args[3]);
        int alerts = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
        load.raise(alerts);
        int open = JSON.readTree(load.send("GET", "/api/v1/alerts?status=open&limit=10000", analysts.get(0), null)
                .body()).path("alerts").size();
        System.out.printf("%d open alerts; %d analysts and %d supervisors for %d s%n", open, analysts.size(),
                supervisors.size(), seconds);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> reviewers = new ArrayList<>();
        analysts.forEach(k -> reviewers.add(new Thread(() -> load.analyst(k, end))));
        supervisors.forEach(k -> reviewers.add(new Thread(() -> load.supervisor(k, end))));
        long t0 = System.nanoTime();
        reviewers.forEach(Thread::start);
        for (Thread t : reviewers) {
            t.join();
        }
        double took = (System.nanoTime() - t0) / 1e9;
        long lost = load.lostUpdates(analysts.get(0));
        System.out.printf("%d reviewers for %.1f s: %d actions done (%.0f/s), %d conflicts (409), %d errors;"
                        + " %d alerts touched, %d lost updates%n", reviewers.size(), took, load.ok.get(),
                load.ok.get() / took, load.conflicts.get(), load.errors.get(), load.succeeded.size(), lost);
        System.exit(load.errors.get() == 0 && lost == 0 ? 0 : 1);
    }

    private static List<String> keys(String file) throws Exception {
        return Files.readAllLines(Path.of(file)).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Alerts on distinct subjects (the identifier makes each one), all hitting the sample's Entity List entry. */
    private void raise(int count) throws Exception {
        for (int start = 0; start < count; start += 200) {
            StringBuilder body = new StringBuilder("{\"as_of\":\"2021-06-01\",\"queries\":[");
            for (int i = start; i < Math.min(count, start + 200); i++) {
                body.append(i > start ? "," : "").append("{\"id\":\"L-").append(i)
                        .append("\",\"name\":\"Institute of Forensic Science of China\",\"identifier\":\"LOAD-")
                        .append(i).append("\"}");
            }
            HttpResponse<String> r = send("POST", "/api/v1/screen", null, body.append("]}").toString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("cannot raise alerts: " + r.statusCode() + " " + r.body());
            }
        }
    }

    private void analyst(String key, long end) {
        while (System.nanoTime() < end) {
            JsonNode a = pick(key, "open");
            if (a == null) {
                continue;
            }
            JsonNode claimed = act(key, a.path("id").asLong(), "claim", "{\"version\":" + a.path("version") + "}");
            if (claimed != null) {
                act(key, a.path("id").asLong(), "propose", "{\"version\":" + claimed.path("version")
                        + ",\"disposition\":\"false_positive\",\"reason_code\":\"different_identifier\"}");
            }
        }
    }

    private void supervisor(String key, long end) {
        while (System.nanoTime() < end) {
            JsonNode a = pick(key, "proposed");
            if (a != null) {
                act(key, a.path("id").asLong(), "confirm", "{\"version\":" + a.path("version") + "}");
            }
        }
    }

    /** A random alert among the first 50 in this status, as reviewers pick from the top of a queue. */
    private @Nullable JsonNode pick(String key, String status) {
        try {
            HttpResponse<String> r = send("GET", "/api/v1/alerts?status=" + status + "&limit=50", key, null);
            if (r.statusCode() != 200) {
                errors.incrementAndGet();
                return null;
            }
            JsonNode list = JSON.readTree(r.body()).path("alerts");
            return list.isEmpty() ? null : list.get(ThreadLocalRandom.current().nextInt(list.size()));
        } catch (Exception e) {
            errors.incrementAndGet();
            return null;
        }
    }

    /** The alert after a successful action, or null after a conflict or an error (counted). */
    private @Nullable JsonNode act(String key, long id, String action, String body) {
        try {
            HttpResponse<String> r = send("POST", "/api/v1/alerts/" + id + "/" + action, key, body);
            if (r.statusCode() == 200) {
                ok.incrementAndGet();
                succeeded.computeIfAbsent(id, k -> new AtomicLong()).incrementAndGet();
                return JSON.readTree(r.body());
            }
            (r.statusCode() == 409 ? conflicts : errors).incrementAndGet();
            if (r.statusCode() != 409) {
                System.err.println(action + " " + id + ": " + r.statusCode() + " " + r.body());
            }
        } catch (Exception e) {
            errors.incrementAndGet();
            System.err.println(action + " " + id + ": " + e);
        }
        return null;
    }

    /** Alerts whose version is not one more than the actions that succeeded on them: updates someone lost. */
    private long lostUpdates(String key) throws Exception {
        long lost = 0;
        for (Map.Entry<Long, AtomicLong> e : succeeded.entrySet()) {
            JsonNode a = JSON.readTree(send("GET", "/api/v1/alerts/" + e.getKey(), key, null).body());
            if (a.path("version").asLong() != e.getValue().get() + 1) {
                lost++;
                System.err.println("alert " + e.getKey() + ": version " + a.path("version") + " after "
                        + e.getValue().get() + " successful actions");
            }
        }
        return lost;
    }

    private HttpResponse<String> send(String method, String path, @Nullable String key, @Nullable String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (key != null) {
            b.header("X-Api-Key", key);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
