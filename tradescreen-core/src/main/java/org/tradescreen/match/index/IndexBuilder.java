package org.tradescreen.match.index;

import it.unimi.dsi.fastutil.bytes.ByteArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.snapshot.EntityCodec;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.normalize.NormalizedName;
import org.tradescreen.match.normalize.TokenKind;
import org.tradescreen.match.score.TokenWeights;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;

/**
 * Builds an index file from entities given a batch at a time, so a list of millions never sits in the heap whole:
 * each batch's names are analysed on all cores, then numbered, their words interned into the term dictionary, and
 * their texts (names as written, entities as JSON) streamed to temporary files. {@link #finish} then weighs the words
 * by rarity, writes the postings and the lookups of misspellings, acronyms and identifiers, and maps the result.
 */
final class IndexBuilder implements AutoCloseable {

    private final NameAnalyzer analyzer;
    private final Object2IntOpenHashMap<String> termIds = new Object2IntOpenHashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final IntArrayList nameEntity = new IntArrayList();
    private final ByteArrayList nameWeak = new ByteArrayList();
    private final ByteArrayList nameScript = new ByteArrayList();
    private final IntArrayList nameTokenAt = IntArrayList.of(0);
    private final IntArrayList nameTokens = new IntArrayList();
    private final ByteArrayList nameKinds = new ByteArrayList();
    private final TextsWriter nameText;
    private final TextsWriter entityText;
    private final IntArrayList entitySource = new IntArrayList();
    private final ByteArrayList entityType = new ByteArrayList();
    private final Object2IntOpenHashMap<String> sources = new Object2IntOpenHashMap<>();
    private final Set<ListedIn> listedIn = new LinkedHashSet<>();
    private final LookupBuilder acronyms = new LookupBuilder();
    private final LookupBuilder identifiers = new LookupBuilder();

    /** @param dir where the texts gather while building (beside the index file, or a temporary directory) */
    IndexBuilder(NameAnalyzer analyzer, Path dir) throws IOException {
        this.analyzer = analyzer;
        termIds.defaultReturnValue(-1);
        sources.defaultReturnValue(-1);
        this.nameText = new TextsWriter(dir);
        this.entityText = new TextsWriter(dir);
    }

    /** An entity's names as the analyser reads them, and the entity as JSON: what one entity adds to an index. */
    private record Analysed(Entity entity, String json, List<Analyzed> names) {
    }

    /** A name of an entity and how the analyser reads it. */
    record Analyzed(Name name, NormalizedName normalized) {
    }

    /** Adds entities (the next batch); their JSON as the store holds it saves encoding them again, when given. */
    void add(List<Entity> entities, @Nullable List<String> json) {
        List<Analysed> batch = java.util.stream.IntStream.range(0, entities.size()).parallel()
                .mapToObj(i -> new Analysed(entities.get(i), json != null ? json.get(i) : EntityCodec.toJson(entities.get(i)),
                        distinctNames(entities.get(i), analyzer)))
                .toList();
        try {
            for (Analysed a : batch) {
                add(a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index being built", e);
        }
    }

    private void add(Analysed a) throws IOException {
        Entity e = a.entity();
        int entity = entityText.add(a.json());
        int source = sources.getInt(e.source());
        if (source < 0) {
            source = sources.size();
            sources.put(e.source(), source);
        }
        entitySource.add(source);
        listedIn.add(new ListedIn(e.source(), e.listing().list(), e.listing().listName()));
        entityType.add((byte) e.type().ordinal());
        int first = nameEntity.size();
        for (Analyzed name : a.names()) {
            int id = nameEntity.size();
            NormalizedName nn = name.normalized();
            nameEntity.add(entity);
            nameWeak.add((byte) (isWeak(e.names(), nn) ? 1 : 0));
            nameScript.add((byte) (nn.script() == null ? 0 : nn.script().ordinal() + 1));
            nameText.add(nn.original());
            for (int i = 0; i < nn.size(); i++) {
                nameTokens.add(term(nn.token(i)));
                nameKinds.add((byte) nn.kind(i).ordinal());
            }
            nameTokenAt.add(nameTokens.size());
            String initials = initials(nn);
            if (initials.length() >= 2 && initials.length() <= 8) {
                acronyms.add(Hashes.of(initials), id);
            }
        }
        if (nameEntity.size() > first) {
            Set<String> seen = new HashSet<>();
            for (Identifier identifier : e.identifiers()) {
                String v = identifier.canonicalValue();
                if (v.length() >= ScreeningIndex.MIN_IDENTIFIER_LENGTH && seen.add(v)) {
                    identifiers.add(Hashes.of(v), first);
                }
            }
        }
    }

    private int term(String token) {
        int t = termIds.getInt(token);
        if (t < 0) {
            t = terms.size();
            termIds.put(token, t);
            terms.add(token);
        }
        return t;
    }

    /**
     * Writes the index file and maps it.
     *
     * @param stamp   what the index was built from (a file of other list versions is refused when opened)
     * @param weighBy the token weights to use (another index's), or null to weigh by these names' own rarity
     */
    ScreeningIndex finish(Path file, String stamp, @Nullable TokenWeights weighBy) throws IOException {
        return finish(file, stamp, weighBy, IndexBytes.CHUNK);
    }

    /** {@link #finish} into a file mapped in chunks of {@code chunk} bytes (tests use small ones). */
    ScreeningIndex finish(Path file, String stamp, @Nullable TokenWeights weighBy, long chunk) throws IOException {
        int n = nameEntity.size();
        int v = terms.size();
        try (IndexFileWriter out = new IndexFileWriter(file, chunk)) {
            try (TextsWriter termText = new TextsWriter(file.toAbsolutePath().getParent())) {
                for (String t : terms) {
                    termText.add(t);
                }
                termText.write(out, Table.TERM_TEXT, Table.TERM_AT);
            }
            LookupBuilder byText = new LookupBuilder();
            for (int t = 0; t < v; t++) {
                byText.add(Hashes.of(terms.get(t)), t);
            }
            byText.write(out, Table.TERM_KEYS, Table.TERM_SPANS, Table.TERM_IDS);
            int[][] postings = postings(n, v);
            double[] rarity = new double[v];
            for (int t = 0; t < v; t++) {
                rarity[t] = RarityWeights.rarity(postings[0][t + 1] - postings[0][t], n);
            }
            out.doubles(Table.RARITY, rarity);
            out.ints(Table.POSTING_AT, postings[0], v + 1);
            out.ints(Table.POSTINGS, postings[1], postings[1].length);
            writeMisspellings(out);
            acronyms.write(out, Table.ACRONYM_KEYS, Table.ACRONYM_SPANS, Table.ACRONYM_NAMES);
            identifiers.write(out, Table.IDENTIFIER_KEYS, Table.IDENTIFIER_SPANS, Table.IDENTIFIER_NAMES);
            out.ints(Table.NAME_ENTITY, nameEntity.elements(), n);
            out.bytes(Table.NAME_WEAK, nameWeak.elements(), n);
            out.bytes(Table.NAME_SCRIPT, nameScript.elements(), n);
            out.ints(Table.NAME_TOKEN_AT, nameTokenAt.elements(), n + 1);
            out.ints(Table.NAME_TOKENS, nameTokens.elements(), nameTokens.size());
            out.bytes(Table.NAME_KINDS, nameKinds.elements(), nameKinds.size());
            nameText.write(out, Table.NAME_TEXT, Table.NAME_TEXT_AT);
            entityText.write(out, Table.ENTITY_TEXT, Table.ENTITY_AT);
            out.ints(Table.ENTITY_SOURCE, entitySource.elements(), entitySource.size());
            out.bytes(Table.ENTITY_TYPE, entityType.elements(), entityType.size());
            try (TextsWriter sourceText = new TextsWriter(file.toAbsolutePath().getParent())) {
                String[] byNumber = new String[sources.size()];
                for (Object2IntMap.Entry<String> s : sources.object2IntEntrySet()) {
                    byNumber[s.getIntValue()] = s.getKey();
                }
                for (String s : byNumber) {
                    sourceText.add(s);
                }
                sourceText.write(out, Table.SOURCE_TEXT, Table.SOURCE_AT);
            }
            try (TextsWriter listedText = new TextsWriter(file.toAbsolutePath().getParent())) {
                for (ListedIn l : listedIn) {
                    listedText.add(l.source());
                    listedText.add(l.list() == null ? "" : l.list());
                    listedText.add(l.listName() == null ? "" : l.listName());
                }
                listedText.write(out, Table.LISTED_IN_TEXT, Table.LISTED_IN_AT);
            }
            out.finish(analyzer.toString(), stamp, n, entitySource.size(), v);
        }
        return ScreeningIndex.open(IndexBytes.map(file, chunk), analyzer, stamp, weighBy);
    }

    /** Where each word's names start, and the names (ascending, each once): a counting sort of the names' words. */
    private int[][] postings(int n, int v) {
        int[] at = new int[v + 1];
        int[] last = new int[v];
        java.util.Arrays.fill(last, -1);
        int[] tokenAt = nameTokenAt.elements();
        int[] tokens = nameTokens.elements();
        for (int id = 0; id < n; id++) {
            for (int i = tokenAt[id]; i < tokenAt[id + 1]; i++) {
                if (last[tokens[i]] != id) {
                    last[tokens[i]] = id;
                    at[tokens[i] + 1]++;
                }
            }
        }
        for (int t = 0; t < v; t++) {
            at[t + 1] += at[t];
        }
        int[] names = new int[at[v]];
        int[] filled = new int[v];
        java.util.Arrays.fill(last, -1);
        for (int id = 0; id < n; id++) {
            for (int i = tokenAt[id]; i < tokenAt[id + 1]; i++) {
                int t = tokens[i];
                if (last[t] != id) {
                    last[t] = id;
                    names[at[t] + filled[t]++] = id;
                }
            }
        }
        return new int[][] {at, names};
    }

    /** The lookups through which a misspelt query word reaches the words of the index ({@link Misspellings}). */
    private void writeMisspellings(IndexFileWriter out) throws IOException {
        LookupBuilder deletions = new LookupBuilder();
        LookupBuilder trigrams = new LookupBuilder();
        LookupBuilder sounds = new LookupBuilder();
        Set<Long> seen = new HashSet<>();
        for (int t = 0; t < terms.size(); t++) {
            String tok = terms.get(t);
            if (tok.length() < 3 || Character.isDigit(tok.charAt(0))) {
                continue;
            }
            seen.clear();
            for (int g : Misspellings.trigrams(tok)) {
                if (seen.add((long) g)) {
                    trigrams.add(g, t);
                }
            }
            sounds.add(Hashes.of(Misspellings.sound(tok)), t);
            seen.clear();
            for (int i = 0; i < tok.length(); i++) {
                long d = Hashes.of(Misspellings.deletion(tok, i));
                if (seen.add(d)) {
                    deletions.add(d, t);
                }
            }
        }
        deletions.write(out, Table.DELETION_KEYS, Table.DELETION_SPANS, Table.DELETION_TERMS);
        trigrams.write(out, Table.TRIGRAM_KEYS, Table.TRIGRAM_SPANS, Table.TRIGRAM_TERMS);
        sounds.write(out, Table.SOUND_KEYS, Table.SOUND_SPANS, Table.SOUND_TERMS);
    }

    @Override
    public void close() throws IOException {
        nameText.close();
        entityText.close();
    }

    /**
     * The names an index holds for an entity: each as the analyser reads it, the empty ones dropped, and a name that
     * reads like an earlier one of the same entity counted once.
     */
    static List<Analyzed> distinctNames(Entity e, NameAnalyzer analyzer) {
        List<Analyzed> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Name name : e.names()) {
            NormalizedName nn = analyzer.analyze(name.value());
            if (!nn.isEmpty() && seen.add(nn.text())) {
                out.add(new Analyzed(name, nn));
            }
        }
        return out;
    }

    /** Whether the list gives this name only as a weak alias. */
    private static boolean isWeak(List<Name> names, NormalizedName nn) {
        for (Name n : names) {
            if (n.value().equals(nn.original())) {
                return n.weak();
            }
        }
        return false;
    }

    static String initials(NormalizedName nn) {
        StringBuilder sb = new StringBuilder();
        int names = 0;
        for (int i = 0; i < nn.size(); i++) {
            if (nn.kind(i) == TokenKind.NAME) {
                sb.append(nn.token(i).charAt(0));
                names++;
            }
        }
        return names >= 2 ? sb.toString() : "";
    }
}
