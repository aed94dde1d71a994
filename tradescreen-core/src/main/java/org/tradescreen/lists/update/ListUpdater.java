package org.tradescreen.lists.update;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.load.ListLoader;
import org.tradescreen.lists.load.LoadRequest;
import org.tradescreen.lists.load.LoadResult;

/**
 * Fetches each feed's files into a scratch folder and loads them as a new version through the ordinary
 * {@link ListLoader}, so every safety check applies: a failed download, a cut-off file or an empty one
 * leaves the last good version in place and is reported, and the other feeds still update.
 *
 * <p>{@code timeout} bounds every wait on a feed: for the connection, for the answer, and for the next bytes of
 * its body. The JDK client's own request timeout ends once the headers have come, so a server that sends them
 * and then stalls mid-body would hold an update for ever; {@link #fetch} watches the body's progress and gives
 * up after {@code timeout} of silence (a slow but steady download of a large file is not cut).
 */
public final class ListUpdater {

    /** How one feed's update ended: a load result, or the reason it failed. */
    public record Outcome(String source, @Nullable LoadResult result, @Nullable String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final ListLoader loader;
    private final HttpClient http;
    private final Duration timeout;
    private final int attempts;
    private final Duration backoff;

    public ListUpdater(ListLoader loader, Duration timeout, int attempts, Duration backoff) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        this.loader = loader;
        this.timeout = timeout;
        this.attempts = attempts;
        this.backoff = backoff;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public List<Outcome> update(List<Feed> feeds, Consumer<String> progress) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Feed feed : feeds) {
            outcomes.add(update(feed, progress));
        }
        return outcomes;
    }

    private Outcome update(Feed feed, Consumer<String> progress) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tradescreen-update");
            for (Feed.FeedFile f : feed.files()) {
                progress.accept(feed.source() + ": fetching " + f.url());
                Files.write(dir.resolve(f.file()), fetch(f.url()));
            }
            Path input = feed.files().size() == 1 ? dir.resolve(feed.files().get(0).file()) : dir;
            LoadResult result = loader.load(new LoadRequest(List.of(input), feed.format(), feed.source(), null,
                    false, false));
            return new Outcome(feed.source(), result, null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(feed.source(), null, e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(feed.source(), null, "interrupted");
        } finally {
            delete(dir);
        }
    }

    /** GET with retries on network errors and 5xx answers; a 4xx is final. */
    private byte[] fetch(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        IOException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<byte[]> response = send(request, url);
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                last = new IOException(url + ": HTTP " + status);
                if (status < 500) {
                    throw last;
                }
            } catch (HttpTimeoutException e) {
                last = new IOException(e.getMessage().startsWith(url) ? e.getMessage()
                        : url + ": timed out after " + words(timeout), e);
            } catch (java.net.ConnectException e) {
                last = new IOException(url + ": cannot connect", e);
            }
            if (attempt < attempts) {
                Thread.sleep(backoff.toMillis() * attempt);
            }
        }
        throw new IOException(last.getMessage() + " (after " + attempts + " attempts)", last);
    }

    /**
     * Sends the request and waits for the whole body, failing with an {@link HttpTimeoutException} when nothing
     * arrives (headers or bytes of the body) for {@code timeout}; the exchange is then cancelled.
     */
    private HttpResponse<byte[]> send(HttpRequest request, String url) throws IOException, InterruptedException {
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request, info -> {
            lastProgress.set(System.nanoTime());
            answered.set(true);
            return new Progress<>(HttpResponse.BodySubscribers.ofByteArray(), lastProgress);
        });
        long limit = timeout.toNanos();
        try {
            while (true) {
                long waited = System.nanoTime() - lastProgress.get();
                if (waited >= limit) {
                    exchange.cancel(true);
                    throw new HttpTimeoutException(answered.get()
                            ? url + ": the download stalled, nothing received for " + words(timeout)
                            : url + ": no answer within " + words(timeout));
                }
                try {
                    return exchange.get(Math.min(limit - waited, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // not done: look at the progress again
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(url + ": " + cause, cause);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        }
    }

    private static String words(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    /** A body subscriber that notes the time of every piece of the body it is given. */
    private record Progress<T>(HttpResponse.BodySubscriber<T> body, AtomicLong lastProgress)
            implements HttpResponse.BodySubscriber<T> {

        @Override
        public CompletionStage<T> getBody() {
            return body.getBody();
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            body.onSubscribe(subscription);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            lastProgress.set(System.nanoTime());
            body.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            body.onError(throwable);
        }

        @Override
        public void onComplete() {
            body.onComplete();
        }
    }

    private static void delete(@Nullable Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a scratch folder left in the temp directory is harmless
        }
    }
}
