package org.tradescreen.match.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradescreen.io.Sha256;
import org.tradescreen.lists.snapshot.EntityCodec;
import org.tradescreen.match.normalize.NameAnalyzer;
import org.tradescreen.match.normalize.NormalizedName;
import org.tradescreen.match.normalize.TokenKind;
import org.tradescreen.model.Entity;

/**
 * A compiled {@link ScreeningIndex} as bytes, to ship to the machines of a batch job or keep beside the store. It holds
 * what is costly to redo, the entities and their names as the analyser read them, and the token weights; reading
 * compiles postings and lookup tables from these, which analyses nothing. What is read screens exactly as what was
 * written, and writes the same bytes again.
 *
 * <p>The file says which analyser read the names; a reader with another analyser refuses it, since its queries would
 * be read differently from the names. A SHA-256 of the content ends the file, so a damaged file is refused too.
 */
public final class IndexFile {

    private static final int MAGIC = 0x54534958; // "TSIX"
    private static final int FORMAT = 1;

    private IndexFile() {
    }

    /** The index, written to {@code out} (which is flushed, not closed). */
    public static void write(ScreeningIndex index, OutputStream out) throws IOException {
        MessageDigest sha = Sha256.digest();
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(out, sha), 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        text(data, index.analyzer().toString());
        IndexBuilder.Analysed a = index.analysed();
        data.writeInt(a.entities().size());
        for (Entity e : a.entities()) {
            text(data, EntityCodec.toJson(e));
        }
        data.writeInt(a.normalized().length);
        for (int id = 0; id < a.normalized().length; id++) {
            data.writeInt(a.nameEntity()[id]);
            data.writeBoolean(a.weak()[id]);
            name(data, a.normalized()[id]);
            data.writeBoolean(a.inScript()[id] != null);
            if (a.inScript()[id] != null) {
                name(data, a.inScript()[id]);
            }
        }
        RarityWeights weights = index.weights();
        String[] words = new String[weights.vocabulary().size()];
        weights.vocabulary().forEach((word, t) -> words[t] = word);
        data.writeInt(words.length);
        for (int t = 0; t < words.length; t++) {
            text(data, words[t]);
            data.writeDouble(weights.rarity(t));
        }
        data.flush();
        out.write(sha.digest());
        out.flush();
    }

    /**
     * An index read back, to be searched with {@code analyzer}.
     *
     * @throws IOException when the bytes are not a whole, undamaged index file of this format, or were read by
     *                     another analyser
     */
    public static ScreeningIndex read(InputStream in, NameAnalyzer analyzer) throws IOException {
        MessageDigest sha = Sha256.digest();
        DigestInputStream digesting = new DigestInputStream(new BufferedInputStream(in, 1 << 16), sha);
        DataInputStream data = new DataInputStream(digesting);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a tradescreen index file");
        }
        int format = data.readInt();
        if (format != FORMAT) {
            throw new IOException("index file format " + format + ", this version reads " + FORMAT);
        }
        String readBy = text(data);
        if (!readBy.equals(analyzer.toString())) {
            throw new IOException("index file made with the analyser '" + readBy + "', not this one ('" + analyzer + "')");
        }
        int entityCount = count(data, "entities");
        // decoded once the checksum has vouched for them
        List<String> entityJson = new ArrayList<>(entityCount);
        for (int e = 0; e < entityCount; e++) {
            entityJson.add(text(data));
        }
        int n = count(data, "names");
        int[] nameEntity = new int[n];
        boolean[] weak = new boolean[n];
        NormalizedName[] normalized = new NormalizedName[n];
        NormalizedName[] inScript = new NormalizedName[n];
        for (int id = 0; id < n; id++) {
            nameEntity[id] = data.readInt();
            if (nameEntity[id] < 0 || nameEntity[id] >= entityCount) {
                throw new IOException("index file: name " + id + " belongs to entity " + nameEntity[id] + " of " + entityCount);
            }
            weak[id] = data.readBoolean();
            normalized[id] = name(data);
            inScript[id] = data.readBoolean() ? name(data) : null;
        }
        int words = count(data, "words");
        Map<String, Integer> vocabulary = new HashMap<>(words * 2);
        double[] rarity = new double[words];
        for (int t = 0; t < words; t++) {
            vocabulary.put(text(data), t);
            rarity[t] = data.readDouble();
        }
        byte[] expected = sha.digest();
        byte[] stored = new byte[expected.length];
        digesting.on(false);
        data.readFully(stored);
        if (!Arrays.equals(expected, stored)) {
            throw new IOException("index file damaged: its checksum does not match its content");
        }
        List<Entity> entities = new ArrayList<>(entityCount);
        for (String json : entityJson) {
            entities.add(EntityCodec.fromJson(json));
        }
        IndexBuilder.Analysed analysed = new IndexBuilder.Analysed(List.copyOf(entities), nameEntity, normalized,
                inScript, weak);
        return new IndexBuilder(analysed, analyzer, new RarityWeights(vocabulary, rarity)).build();
    }

    private static void name(DataOutputStream out, NormalizedName name) throws IOException {
        text(out, name.original());
        out.writeBoolean(name.script() != null);
        if (name.script() != null) {
            text(out, name.script().name());
        }
        out.writeInt(name.size());
        for (int i = 0; i < name.size(); i++) {
            text(out, name.token(i));
            out.writeByte(name.kind(i).ordinal());
        }
    }

    private static NormalizedName name(DataInputStream in) throws IOException {
        String original = text(in);
        Character.UnicodeScript script = in.readBoolean() ? Character.UnicodeScript.valueOf(text(in)) : null;
        int size = count(in, "tokens");
        String[] tokens = new String[size];
        TokenKind[] kinds = new TokenKind[size];
        TokenKind[] all = TokenKind.values();
        for (int i = 0; i < size; i++) {
            tokens[i] = text(in);
            int kind = in.readUnsignedByte();
            if (kind >= all.length) {
                throw new IOException("index file: token kind " + kind + " unknown");
            }
            kinds[i] = all[kind];
        }
        return new NormalizedName(original, tokens, kinds, script);
    }

    /** Text of any length (DataOutput's own UTF form stops at 64 KB, less than an entity may take). */
    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = count(in, "text");
        byte[] b = new byte[length];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A count read from the file, refused when it cannot be one (a damaged file must not ask for the whole heap). */
    private static int count(DataInputStream in, String what) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("index file damaged: " + n + " " + what);
        }
        return n;
    }

    private static final int MAX_COUNT = 1 << 28;

}
