package org.tradescreen.lists.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The text of a list file, decoded the way official lists need. OFAC and HM Treasury publish cp1252
 * while newer files are UTF-8, and neither says which: the bytes are decoded as UTF-8 when they are
 * valid UTF-8, else as cp1252 (every byte sequence is valid cp1252-ish Latin text, so this never fails).
 * A UTF-8 byte-order mark is dropped, and so is a trailing DOS end-of-file byte (0x1A), which some OFAC
 * captures carry; both repairs are reported as problems so that they are visible but harmless.
 */
public record ListText(Path file, String text, Charset charset, List<Problem> repairs) {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final byte DOS_EOF = 0x1A;

    public static ListText read(Path file) throws IOException {
        return decode(file, Files.readAllBytes(file));
    }

    public static ListText decode(Path file, byte[] bytes) {
        List<Problem> repairs = new ArrayList<>();
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == DOS_EOF)) {
            end--;
        }
        if (end < bytes.length) {
            repairs.add(droppedDosEof(file));
        }
        int start = 0;
        if (end >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, end - start);
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
            return new ListText(file, utf8, StandardCharsets.UTF_8, repairs);
        } catch (CharacterCodingException notUtf8) {
            return new ListText(file, new String(bytes, start, end - start, CP1252), CP1252, repairs);
        }
    }

    /**
     * The text of a file too large to hold, as a stream decoded the way {@link #decode} decodes: the caller reads it
     * as UTF-8 first ({@code utf8}), where a byte that is not UTF-8 fails the read with a
     * {@link CharacterCodingException}, and then reads it again as cp1252. A UTF-8 byte-order mark is skipped; a
     * trailing 0x1A is the reader's to drop, as it alone knows where the text ends.
     */
    public static Reader open(Path file, boolean utf8) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (bom.length < 3 || (bom[0] & 0xFF) != 0xEF || (bom[1] & 0xFF) != 0xBB || (bom[2] & 0xFF) != 0xBF) {
            in.reset();
        }
        return new InputStreamReader(in, utf8
                ? StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                : CP1252.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** The repair of dropping the 0x1A bytes that end a file. */
    public static Problem droppedDosEof(Path file) {
        return Problem.repair(file, 0, "dropped a trailing 0x1A (DOS end-of-file) byte");
    }

    /** The non-null parts joined, or null when there are none: how a record's pieces become one field. */
    public static @Nullable String joined(String separator, java.util.stream.Stream<String> parts) {
        String s = parts.filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(separator));
        return s.isEmpty() ? null : s;
    }

    /** The first few thousand characters, for format detection. */
    public static String head(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(4096);
            String text = decode(file, bytes).text();
            return text;
        }
    }
}
