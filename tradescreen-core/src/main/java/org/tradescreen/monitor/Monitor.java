package org.tradescreen.monitor;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.Database;
import org.tradescreen.lists.snapshot.SnapshotStore;
import org.tradescreen.lists.snapshot.SnapshotVersion;
import org.tradescreen.match.Hit;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.match.Screener;
import org.tradescreen.match.index.NameFrequencies;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.normalize.NormalizedName;
import org.tradescreen.model.Entity;
import org.tradescreen.review.Alerts;

/**
 * Keeps a stored base of counterparties screened against the lists in force, and raises an alert for every new
 * match. Three ways in:
 * <ul>
 *   <li>{@link #afterListChange}: the versions in force changed (a load, an update). Only the entries added or
 *   changed are screened, and only against the counterparties that could match them ({@link CounterpartyIndex}):
 *   the cost follows the change, not the base. Entries removed lift their alerts for review.</li>
 *   <li>{@link #screenPending}: counterparties imported or changed since their last screen are screened against
 *   every entry.</li>
 *   <li>{@link #sweep}: the whole base against every entry, weekly and after any change of algorithm or threshold.
 *   What it finds is compared with what the deltas kept; any difference is a defect, reported.</li>
 * </ul>
 * All three screen with no retrieval cut ({@link Screener#screenAll}), so a delta finds exactly what a full
 * re-screen finds for the entries it covers. What each counterparty matches is kept in {@code monitor_match}.
 * One run at a time per process; alerts are deduplicated by the store, so two processes running at once raise
 * each alert once.
 */
public final class Monitor {

    /** How often the safety-net sweep runs when nothing else calls for it. */
    public static final Duration SWEEP_EVERY = Duration.ofDays(7);
    /** Counterparties screened and settled at a time. */
    private static final int CHUNK = 10_000;
    /** A new source's first version of more entries than this is re-screened in batches of {@link #LARGE_BATCH}. */
    private static final int LARGE_FIRST_VERSION = 50_000;
    private static final int LARGE_BATCH = 20_000;
    private static final int IN_CHUNK = 500;
    /** Differences a sweep lists in its report (all are counted). */
    private static final int DEFECT_SAMPLES = 100;
    private static final String WATCHED = "watched:";
    private static final String GENERATION = "counterparty.generation";
    private static final String ANALYZER = "counterparty.analyzer";
    private static final String SWEPT_AT = "sweep.at";
    private static final String SWEPT_WITH = "sweep.with";

    /** One re-screen, as recorded and reported. */
    public record Run(String kind, String startedAt, long millis, String listVersions, int entries,
                      int counterparties, int screened, int newAlerts, int delisted, int dropped, int defects,
                      List<String> defectSamples) {

        public ObjectNode json() {
            ObjectNode n = JsonNodeFactory.instance.objectNode().put("kind", kind).put("started_at", startedAt)
                    .put("millis", millis).put("list_versions", listVersions).put("entries", entries)
                    .put("counterparties", counterparties).put("screened", screened).put("new_alerts", newAlerts)
                    .put("delisted", delisted).put("no_longer_matching", dropped).put("defects", defects);
            defectSamples.forEach(n.putArray("defect_samples")::add);
            return n;
        }
    }

    /** A counterparty and a hit on it. */
    private record Found(Counterparty counterparty, Hit hit) {
        Pair pair() {
            return new Pair(counterparty.id(), hit.entityId());
        }
    }

    /** A counterparty and a list entry it matches, as {@code monitor_match} keeps them. */
    private record Pair(String counterpartyId, String entityId) {
        Map.Entry<String, String> entry() {
            return Map.entry(counterpartyId, entityId);
        }
    }

    private final Database db;
    private final SnapshotStore store;
    private final ListsAsOf lists;
    private final Alerts alerts;
    private final Counterparties base;
    private final NameAnalyzer analyzer;
    private final String analyzerName;
    private final Path indexFile;
    private final Clock clock;
    private final double threshold;
    private @Nullable CounterpartyIndex index;
    private final AtomicLong rescreens = new AtomicLong();
    private final AtomicLong counterpartiesScreened = new AtomicLong();
    private final AtomicLong alertsRaised = new AtomicLong();
    private int largeFirstVersion = LARGE_FIRST_VERSION;
    private int largeBatch = LARGE_BATCH;

    /**
     * @param indexFile where the counterparty index is kept between commands (null: rebuilt when first needed)
     * @param threshold the score at and above which a counterparty matches an entry
     */
    public Monitor(Database db, SnapshotStore store, ListsAsOf lists, Alerts alerts, NameAnalyzer analyzer,
                   Path indexFile, Clock clock, double threshold) {
        this.db = db;
        this.store = store;
        this.lists = lists;
        this.alerts = alerts;
        this.base = new Counterparties(db, analyzer, clock);
        this.analyzer = analyzer;
        this.analyzerName = org.tradescreen.match.Algorithm.TRADESCREEN.stamp() + " / " + analyzer;
        this.indexFile = indexFile;
        this.clock = clock;
        this.threshold = threshold;
    }

    /** Re-screens a new source's first version in batches of {@code batch} when it has more than {@code entries}. */
    void streamFirstVersionsAbove(int entries, int batch) {
        this.largeFirstVersion = entries;
        this.largeBatch = batch;
    }

    public Counterparties counterparties() {
        return base;
    }

    public double threshold() {
        return threshold;
    }

    /** Re-screens done, counterparties screened and alerts raised by this process, for /metrics. */
    public long rescreens() {
        return rescreens.get();
    }

    public long counterpartiesScreened() {
        return counterpartiesScreened.get();
    }

    public long alertsRaised() {
        return alertsRaised.get();
    }

    // ---- import ----------------------------------------------------------------------------------------------

    /** What an import did. */
    public record Imported(int added, int changed, int unchanged, int rejected, Optional<Run> screen, int pending) {
    }

    /**
     * Stores imported counterparties chunk by chunk; {@link #finish} rebuilds the index, supersedes the alerts of
     * changed counterparties, and screens the new and changed ones when there are at most {@code screenLimit} of
     * them (a bulk load leaves them to {@link #screenPending}, which {@code serve} runs in the background).
     */
    public final class Import {
        private int added;
        private int changed;
        private int unchanged;
        private int rejected;
        private final List<Counterparty> fresh = new ArrayList<>();
        private boolean overLimit;
        private final int screenLimit;
        /** Whether the base was empty when the import began: then only an id seen earlier in it can exist. */
        private final boolean intoEmpty;
        private final Set<String> seen = new HashSet<>();
        private CounterpartyIndex.@Nullable Builder building;

        private Import(int screenLimit) {
            wordsCurrent();
            this.screenLimit = screenLimit;
            this.intoEmpty = base.count() == 0;
            this.building = intoEmpty ? CounterpartyIndex.builder() : null;
        }

        public void add(CounterpartyCsv.Chunk chunk) {
            rejected += chunk.problems().size();
            Counterparties.Upserted u = base.upsert(chunk.rows(), id -> !intoEmpty || seen.contains(id));
            if (intoEmpty) {
                chunk.rows().forEach(r -> seen.add(r.id()));
                if (u.changed().isEmpty() && building != null) {
                    u.written().forEach(building::add);
                } else {
                    building = null; // an id came twice: the index is read back from the store instead
                }
            }
            added += u.added().size();
            changed += u.changed().size();
            unchanged += u.unchanged();
            for (Counterparty c : u.changed()) {
                alerts.superseded(c.id(), c.subject().fingerprint());
            }
            if (!overLimit) {
                fresh.addAll(u.added());
                fresh.addAll(u.changed());
                if (fresh.size() > screenLimit) {
                    overLimit = true;
                    fresh.clear();
                }
            }
        }

        public Imported finish() {
            synchronized (Monitor.this) {
                if (added + changed > 0) {
                    long generation = generation() + 1;
                    db.transaction("cannot record the import", c -> {
                        putState(c, GENERATION, Long.toString(generation));
                        return null;
                    });
                    index = building == null ? null : building.done(generation, analyzerName);
                    save(index);
                    index();
                }
                Optional<Run> run = overLimit || fresh.isEmpty() ? Optional.empty() : screenAgainstAll("import", fresh);
                return new Imported(added, changed, unchanged, rejected, run, base.pendingCount());
            }
        }
    }

    public Import importer(int screenLimit) {
        return new Import(screenLimit);
    }

    // ---- the three re-screens ----------------------------------------------------------------------------------

    /**
     * Brings the base up to the versions now in force: for each source whose version in force is not the one last
     * watched, the entries added and changed are screened against the counterparties that could match them, and
     * the alerts of removed entries move to review. Empty when nothing changed (or no counterparty was screened yet,
     * in which case the new versions are simply watched from now on). Counterparties waiting for their first screen
     * are left to {@link #screenPending}.
     */
    public synchronized Optional<Run> afterListChange() {
        Instant start = Instant.now(clock);
        List<SnapshotVersion> inForce = lists.versions(null, Set.of());
        Map<String, String> watched = watched();
        List<SnapshotVersion> moved = inForce.stream().filter(v -> watched.get(v.source()) == null
                || Long.parseLong(watched.get(v.source())) != v.id()).toList();
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        if (base.count() == base.pendingCount()) {
            // no counterparty was screened against the versions watched before: there is nothing to bring up to
            // date, and the pending ones will be screened against every entry in force (so the changes are not
            // even read: a first list of millions would not fit the heap)
            saveWatched(inForce);
            return Optional.empty();
        }
        // A new source's first version of many entries is read from the store in batches (a first list of millions
        // does not fit the heap); every other change holds only what differs, and is read whole.
        List<ListChange> changes = new ArrayList<>();
        List<SnapshotVersion> streamed = new ArrayList<>();
        for (SnapshotVersion v : moved) {
            String was = watched.get(v.source());
            SnapshotVersion from = was == null ? null : store.versions(v.source()).stream()
                    .filter(x -> x.id() == Long.parseLong(was)).findFirst().orElse(null);
            if (from == null && v.entityCount() > largeFirstVersion) {
                streamed.add(v);
            } else {
                changes.add(ListChange.between(store, from, v));
            }
        }
        List<Entity> entries = new ArrayList<>();
        Map<String, String> reasonOf = new HashMap<>();
        Map<String, String> versionOf = new HashMap<>();
        List<String> removed = new ArrayList<>();
        for (ListChange ch : changes) {
            ch.added().forEach(e -> { entries.add(e); reasonOf.put(e.id(), "added"); versionOf.put(e.id(), ch.version()); });
            ch.changed().forEach(e -> { entries.add(e); reasonOf.put(e.id(), "changed"); versionOf.put(e.id(), ch.version()); });
            ch.removedIds().forEach(id -> { removed.add(id); versionOf.put(id, ch.version()); });
        }
        String versions = versions(moved);
        Tally tally = new Tally();
        if (!entries.isEmpty() || !streamed.isEmpty()) {
            NameFrequencies weights = streamed.isEmpty() ? frequencies(watched, changes, inForce)
                    : wholeListsFrequencies(inForce);
            rescreen(entries, reasonOf::get, versionOf::get, weights, versions, tally);
            for (SnapshotVersion v : streamed) {
                String version = ListChange.label(v);
                store.entityBatches(v.id(), largeBatch, (batch, json) -> rescreen(batch, id -> "added",
                        id -> version, weights, versions, tally));
            }
        }
        // alerts first, then the record of what matches, as in rescreen
        Set<String> removedIds = new HashSet<>(removed);
        int delisted = alerts.delisted(removed, versions);
        db.transaction("cannot record the re-screen", c -> {
            deleteMatches(c, "entity_id", removedIds);
            saveWatched(c, inForce);
            return null;
        });
        int entryCount = entries.size() + streamed.stream().mapToInt(SnapshotVersion::entityCount).sum();
        return Optional.of(record(new Run("delta", start.toString(), millisSince(start), versions, entryCount
                + removed.size(), base.count(), tally.screened.cardinality(), tally.raised, delisted, tally.dropped, 0, List.of())));
    }

    /** What the batches of one re-screen added up to. */
    private static final class Tally {
        /** The counterparties screened, by their place in the counterparty index (a batch may reach one again). */
        final BitSet screened = new BitSet();
        int raised;
        int dropped;
    }

    /**
     * Screens entries added or changed against the counterparties that could match them (an index of just those
     * entries, weighed as the whole lists), raises an alert for each match not kept before, moves those kept before
     * and no longer found to review, and records what matches now.
     */
    private void rescreen(List<Entity> entries, Function<String, String> reasonOf, Function<String, String> versionOf,
                          NameFrequencies weights, String versions, Tally tally) {
        List<Found> found = List.of();
        if (!entries.isEmpty()) {
            Screener changed = new Screener(ScreeningIndex.build(entries, analyzer, weights));
            CounterpartyIndex idx = index();
            int[] reached = idx.reachedBy(changed.index(), threshold);
            List<Counterparty> candidates = new ArrayList<>(reached.length);
            Map<String, NormalizedName> analyzed = new HashMap<>();
            for (int o : reached) {
                Counterparty c = idx.counterparty(o);
                candidates.add(c);
                analyzed.put(c.id(), idx.analyzed(o));
                tally.screened.set(o);
            }
            found = screen(candidates, changed, analyzed::get);
        }
        Set<String> entryIds = entries.stream().map(Entity::id).collect(Collectors.toSet());
        // alerts first, then the record of what matches: a crash in between repeats the run, and the store
        // deduplicates the alerts; the other order could record a match whose alert was never raised
        Set<Pair> known = new HashSet<>(db.transaction("cannot read monitored matches",
                c -> matches(c, "entity_id", entryIds)));
        Set<Pair> now = found.stream().map(Found::pair).collect(Collectors.toSet());
        List<Map.Entry<String, String>> gone = known.stream().filter(p -> !now.contains(p)).map(Pair::entry).toList();
        tally.raised += raise(found.stream().filter(f -> !known.contains(f.pair())).toList(),
                f -> reasonOf.apply(f.hit().entityId()), f -> versionOf.apply(f.hit().entityId()));
        tally.dropped += gone.isEmpty() ? 0 : alerts.noLongerMatching(gone, versions);
        Map<String, String> versionOfFound = new HashMap<>();
        found.forEach(f -> versionOfFound.put(f.hit().entityId(), versionOf.apply(f.hit().entityId())));
        List<Found> result = found;
        db.transaction("cannot record the re-screen", c -> {
            deleteMatches(c, "entity_id", entryIds);
            insertMatches(c, result, versionOfFound);
            return null;
        });
    }

    /** The word frequencies of the lists in force, counted from the compiled lists, and kept for the next change. */
    private NameFrequencies wholeListsFrequencies(List<SnapshotVersion> inForce) {
        NameFrequencies now = lists.at(null, Set.of()).screener().index().frequencies();
        keep(now, inForce);
        return now;
    }

    /** Screens counterparties waiting for their first screen (imported or changed), at most {@code max}. */
    public synchronized Optional<Run> screenPending(int max) {
        List<String> ids = base.pending(max);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return screenAgainstAll("pending", base.get(ids));
    }

    /** Whether the safety-net sweep is due: never run, a week old, or run with another algorithm or threshold. */
    public boolean sweepDue() {
        if (base.count() == 0) {
            return false;
        }
        Map<String, String> s = state();
        String at = s.get(SWEPT_AT);
        return at == null || !sweepSettings().equals(s.get(SWEPT_WITH))
                || Instant.parse(at).plus(SWEEP_EVERY).isBefore(Instant.now(clock));
    }

    /**
     * The whole base against every entry in force. Where the result differs from what monitoring kept for a
     * counterparty already screened, that is a defect of the deltas: counted, sampled in the report, and mended
     * (missing matches raise their alerts, vanished ones move to review).
     */
    public synchronized Run sweep() {
        Instant start = Instant.now(clock);
        List<SnapshotVersion> inForce = lists.versions(null, Set.of());
        Screener screener = lists.at(null, Set.of()).screener();
        keep(screener.index().frequencies(), inForce);
        int total = 0;
        int raised = 0;
        int dropped = 0;
        int defects = 0;
        List<String> samples = new ArrayList<>();
        String after = null;
        String versions = versions(inForce);
        while (true) {
            List<Counterparty> page = base.page(after, null, CHUNK);
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1).id();
            Set<String> screenedBefore = screenedAmong(page);
            Settled s = settle(page, screen(page, screener), screenedBefore, "sweep", versions, inForce);
            total += page.size();
            raised += s.raised;
            dropped += s.dropped;
            defects += s.defects.size();
            for (String d : s.defects) {
                if (samples.size() < DEFECT_SAMPLES) {
                    samples.add(d);
                }
            }
        }
        db.transaction("cannot record the sweep", c -> {
            putState(c, SWEPT_AT, start.toString());
            putState(c, SWEPT_WITH, sweepSettings());
            saveWatched(c, inForce);
            return null;
        });
        return record(new Run("sweep", start.toString(), millisSince(start), versions, inForce.stream()
                .mapToInt(SnapshotVersion::entityCount).sum(), total, total, raised, 0, dropped, defects, samples));
    }

    /** A list entry a counterparty matches now, as monitoring keeps it. */
    public record Match(String entityId, double score, String listVersion, String since) {
    }

    /** What a counterparty matches now, best first. */
    public List<Match> matches(String counterpartyId) {
        return db.query("cannot read monitored matches", "SELECT entity_id, score, list_version, since FROM"
                + " monitor_match WHERE counterparty_id = ? ORDER BY score DESC, entity_id", ps -> ps.setString(1,
                counterpartyId), rs -> new Match(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4)));
    }

    /** The most recent runs, newest first. */
    public List<Run> runs(int limit) {
        return db.query("cannot read monitoring runs", "SELECT kind, started_at, millis, list_versions, entries,"
                + " counterparties, screened, new_alerts, delisted, dropped, defects, detail FROM monitor_run"
                + " ORDER BY id DESC LIMIT " + limit, ps -> { }, rs -> new Run(rs.getString(1), rs.getString(2),
                rs.getLong(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                rs.getInt(10), rs.getInt(11), rs.getString(12) == null || rs.getString(12).isEmpty() ? List.of()
                        : List.of(rs.getString(12).split("\n"))));
    }

    /**
     * Gets what a re-screen needs ready while something else runs (a list being loaded): the counterparty index in
     * memory, and the matcher's tables for names in other scripts (seconds of a delta otherwise). Nothing when no
     * counterparty is stored.
     */
    public void prepare() {
        if (base.count() > 0) {
            index();
            String han = "李明";
            new org.tradescreen.match.score.PreparedName(analyzer.analyze(han),
                    org.tradescreen.match.score.TokenWeights.BY_KIND, analyzer.analyzeInScript(han));
        }
    }

    /** The counterparty index of the stored base: kept in memory, else read from its file, else built and saved. */
    public synchronized CounterpartyIndex index() {
        wordsCurrent();
        long generation = generation();
        if (index != null && index.generation() == generation) {
            return index;
        }
        if (indexFile != null) {
            Optional<CounterpartyIndex> saved = CounterpartyIndex.load(indexFile);
            if (saved.isPresent() && saved.get().generation() == generation
                    && saved.get().analyzer().equals(analyzerName)) {
                index = saved.get();
                return index;
            }
        }
        index = CounterpartyIndex.build(generation, analyzerName, base);
        save(index);
        return index;
    }

    /**
     * Makes sure the stored words of the base are those this analyser reads: after an upgrade that changed it, every
     * name is read again (once) and the index rebuilt, so deltas keep finding what screening finds.
     */
    private synchronized void wordsCurrent() {
        String stored = state().get(ANALYZER);
        if (analyzerName.equals(stored)) {
            return;
        }
        if (base.count() > 0) {
            base.reanalyze();
        }
        long generation = generation() + 1;
        db.transaction("cannot record the analyser", c -> {
            putState(c, ANALYZER, analyzerName);
            putState(c, GENERATION, Long.toString(generation));
            return null;
        });
        index = null;
    }

    /**
     * The word frequencies of the lists now in force, which weigh the changed entries as the whole lists weigh them:
     * those kept for the versions watched until now, brought forward by the change (a small change then needs no
     * whole lists analysed), else counted from the compiled lists. Kept for the next change.
     */
    private NameFrequencies frequencies(Map<String, String> watched, List<ListChange> changes,
                                        List<SnapshotVersion> inForce) {
        Optional<NameFrequencies> kept = frequenciesFile() == null ? Optional.empty()
                : NameFrequencies.load(frequenciesFile(), frequenciesKey(watched.values()));
        NameFrequencies now;
        if (kept.isPresent()) {
            List<Entity> before = new ArrayList<>();
            List<Entity> after = new ArrayList<>();
            for (ListChange ch : changes) {
                before.addAll(ch.before());
                after.addAll(ch.added());
                after.addAll(ch.changed());
            }
            now = kept.get().changed(before, after, analyzer);
        } else {
            return wholeListsFrequencies(inForce);
        }
        keep(now, inForce);
        return now;
    }

    /** Keeps the word frequencies of the lists in force for the next change. */
    private void keep(NameFrequencies frequencies, List<SnapshotVersion> inForce) {
        if (frequenciesFile() != null) {
            try {
                frequencies.save(frequenciesFile(), frequenciesKey(inForce.stream().map(v -> Long.toString(v.id()))
                        .toList()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save the lists' word frequencies to " + frequenciesFile(), e);
            }
        }
    }

    private @Nullable Path frequenciesFile() {
        return indexFile == null ? null : indexFile.resolveSibling("list-word-frequencies.bin");
    }

    /** What word frequencies are of: the analyser and the stored versions. */
    private String frequenciesKey(Collection<String> versionIds) {
        return analyzerName + " @ " + versionIds.stream().map(Long::parseLong).sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    private void save(@Nullable CounterpartyIndex built) {
        if (built != null && indexFile != null) {
            try {
                built.save(indexFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save the counterparty index to " + indexFile, e);
            }
        }
    }

    // ---- screening and settling ------------------------------------------------------------------------------

    private Optional<Run> screenAgainstAll(String kind, List<Counterparty> counterparties) {
        Instant start = Instant.now(clock);
        afterListChange(); // the others first, so that all are screened against the same versions
        List<SnapshotVersion> inForce = lists.versions(null, Set.of());
        if (inForce.isEmpty()) {
            return Optional.empty(); // no list in force: they stay pending, never "screened clean"
        }
        Screener screener = lists.at(null, Set.of()).screener();
        keep(screener.index().frequencies(), inForce);
        String versions = versions(inForce);
        int raised = 0;
        int dropped = 0;
        for (int i = 0; i < counterparties.size(); i += CHUNK) {
            List<Counterparty> chunk = counterparties.subList(i, Math.min(counterparties.size(), i + CHUNK));
            Settled s = settle(chunk, screen(chunk, screener), Set.of(), "imported", versions, inForce);
            raised += s.raised;
            dropped += s.dropped;
        }
        return Optional.of(record(new Run(kind, start.toString(), millisSince(start), versions, inForce.stream()
                .mapToInt(SnapshotVersion::entityCount).sum(), base.count(), counterparties.size(), raised, 0,
                dropped, 0, List.of())));
    }

    /** Every hit of each counterparty against {@code screener}, on all cores. */
    private List<Found> screen(List<Counterparty> counterparties, Screener screener) {
        return screen(counterparties, screener, c -> null);
    }

    /**
     * Every hit of each counterparty against {@code screener}, on all cores; {@code analyzed} gives the names the
     * index kept as the analyser read them (null: read them now).
     */
    private List<Found> screen(List<Counterparty> counterparties, Screener screener,
                               java.util.function.Function<String, NormalizedName> analyzed) {
        counterpartiesScreened.addAndGet(counterparties.size());
        return counterparties.parallelStream().flatMap(c -> {
            org.tradescreen.match.Query q = c.query("counterparty " + c.id() + ": ");
            NormalizedName name = analyzed.apply(c.id());
            return (name == null ? screener.screenAll(q, threshold) : screener.screenAll(q, name, threshold)).stream()
                    .map(h -> new Found(c, h));
        }).toList();
    }

    private record Settled(int raised, int dropped, List<String> defects) {
    }

    /**
     * Records what these counterparties match now (against every entry), marks them screened, raises alerts for
     * the new matches, and sends vanished ones to review. For counterparties in {@code compared} (screened before),
     * every difference from what was kept is a defect.
     */
    private Settled settle(List<Counterparty> counterparties, List<Found> found, Set<String> compared, String reason,
                           String versions, List<SnapshotVersion> inForce) {
        Map<String, String> versionOf = new HashMap<>();
        for (Found f : found) {
            versionOf.put(f.hit().entityId(), version(inForce, f.hit().source()));
        }
        Set<String> ids = counterparties.stream().map(Counterparty::id).collect(Collectors.toSet());
        Set<Pair> known = new HashSet<>(db.transaction("cannot read monitored matches",
                c -> matches(c, "counterparty_id", ids)));
        Set<Pair> now = found.stream().map(Found::pair).collect(Collectors.toSet());
        List<String> defects = new ArrayList<>();
        List<Map.Entry<String, String>> gone = new ArrayList<>();
        for (Pair p : known) {
            if (!now.contains(p)) {
                gone.add(p.entry());
                if (compared.contains(p.counterpartyId())) {
                    defects.add("kept but not found: " + p.counterpartyId() + " ~ " + p.entityId());
                }
            }
        }
        for (Found f : found) {
            if (!known.contains(f.pair()) && compared.contains(f.counterparty().id())) {
                defects.add("found but not kept: " + f.counterparty().id() + " ~ " + f.hit().entityId() + " ("
                        + f.hit().score() + ")");
            }
        }
        // a counterparty screened for the first time (or with new data) gets an alert for each match; one screened
        // before, only for a match it did not have (a cleared alert is not raised again). Alerts first, as above.
        int raised = raise(found.stream().filter(f -> !compared.contains(f.counterparty().id())
                || !known.contains(f.pair())).toList(), f -> reason, f -> versionOf.get(f.hit().entityId()));
        int dropped = gone.isEmpty() ? 0 : alerts.noLongerMatching(gone, versions);
        db.transaction("cannot record the screen", c -> {
            deleteMatches(c, "counterparty_id", ids);
            insertMatches(c, found, versionOf);
            Counterparties.markScreened(c, ids, Instant.now(clock));
            return null;
        });
        return new Settled(raised, dropped, defects);
    }

    private int raise(List<Found> found, java.util.function.Function<Found, String> reason,
                      java.util.function.Function<Found, String> version) {
        if (found.isEmpty()) {
            return 0;
        }
        List<Alerts.Raise> raises = found.stream().map(f -> Alerts.Raise.of(f.counterparty().subject(), f.hit(),
                version.apply(f), "monitoring", reason.apply(f))).toList();
        int n = alerts.raise(raises);
        alertsRaised.addAndGet(n);
        return n;
    }

    // ---- the store --------------------------------------------------------------------------------------------

    private Set<String> screenedAmong(List<Counterparty> page) {
        Set<String> ids = page.stream().map(Counterparty::id).collect(Collectors.toSet());
        ids.removeAll(base.pendingAmong(ids));
        return ids;
    }

    /** The pairs {@code monitor_match} keeps whose {@code column} is one of {@code values}. */
    private static List<Pair> matches(Connection c, String column, Collection<String> values) throws SQLException {
        List<Pair> out = new ArrayList<>();
        List<String> all = new ArrayList<>(values);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            out.addAll(Database.query(c, "SELECT counterparty_id, entity_id FROM monitor_match WHERE " + column
                    + " IN (" + Counterparties.placeholders(chunk.size()) + ")", ps -> Counterparties.bind(ps, chunk),
                    rs -> new Pair(rs.getString(1), rs.getString(2))));
        }
        return out;
    }

    private static void deleteMatches(Connection c, String column, Collection<String> values) throws SQLException {
        List<String> all = new ArrayList<>(values);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM monitor_match WHERE " + column + " IN ("
                    + Counterparties.placeholders(chunk.size()) + ")")) {
                Counterparties.bind(ps, chunk);
                ps.executeUpdate();
            }
        }
    }

    private void insertMatches(Connection c, List<Found> found, Map<String, String> versionOf) throws SQLException {
        String now = Instant.now(clock).toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO monitor_match (counterparty_id, entity_id, score,"
                + " list_version, since) VALUES (?, ?, ?, ?, ?)")) {
            for (Found f : found) {
                ps.setString(1, f.counterparty().id());
                ps.setString(2, f.hit().entityId());
                ps.setDouble(3, f.hit().score());
                ps.setString(4, versionOf.get(f.hit().entityId()));
                ps.setString(5, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private Run record(Run run) {
        rescreens.incrementAndGet();
        db.transaction("cannot record a monitoring run", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO monitor_run (kind, started_at, millis,"
                    + " list_versions, entries, counterparties, screened, new_alerts, delisted, dropped, defects,"
                    + " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, run.kind());
                ps.setString(2, run.startedAt());
                ps.setLong(3, run.millis());
                ps.setString(4, run.listVersions());
                ps.setInt(5, run.entries());
                ps.setInt(6, run.counterparties());
                ps.setInt(7, run.screened());
                ps.setInt(8, run.newAlerts());
                ps.setInt(9, run.delisted());
                ps.setInt(10, run.dropped());
                ps.setInt(11, run.defects());
                ps.setString(12, String.join("\n", run.defectSamples()));
                ps.executeUpdate();
            }
            return null;
        });
        return run;
    }

    private long generation() {
        return Long.parseLong(state().getOrDefault(GENERATION, "0"));
    }

    private Map<String, String> state() {
        Map<String, String> out = new LinkedHashMap<>();
        db.query("cannot read the monitoring state", "SELECT name, val FROM monitor_state", ps -> { },
                rs -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private Map<String, String> watched() {
        Map<String, String> out = new HashMap<>();
        state().forEach((k, v) -> {
            if (k.startsWith(WATCHED)) {
                out.put(k.substring(WATCHED.length()), v);
            }
        });
        return out;
    }

    private void saveWatched(List<SnapshotVersion> inForce) {
        db.transaction("cannot record the watched versions", c -> {
            saveWatched(c, inForce);
            return null;
        });
    }

    private static void saveWatched(Connection c, List<SnapshotVersion> inForce) throws SQLException {
        for (SnapshotVersion v : inForce) {
            putState(c, WATCHED + v.source(), Long.toString(v.id()));
        }
    }

    private static void putState(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM monitor_state WHERE name = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO monitor_state (name, val) VALUES (?, ?)")) {
            del.setString(1, name);
            del.executeUpdate();
            ins.setString(1, name);
            ins.setString(2, value);
            ins.executeUpdate();
        }
    }

    /** What a sweep's result depends on besides the lists: the algorithm and the threshold. */
    private String sweepSettings() {
        return analyzerName + " @ " + threshold;
    }

    /** Versions as alerts and runs name them, joined. */
    private static String versions(List<SnapshotVersion> versions) {
        return versions.stream().map(ListChange::label).collect(Collectors.joining(", "));
    }

    private static String version(List<SnapshotVersion> inForce, String source) {
        return inForce.stream().filter(v -> v.source().equals(source)).findFirst()
                .map(ListChange::label).orElse(source);
    }

    private long millisSince(Instant start) {
        return Duration.between(start, Instant.now(clock)).toMillis();
    }
}
