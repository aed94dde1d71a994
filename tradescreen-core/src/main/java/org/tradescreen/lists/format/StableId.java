package org.tradescreen.lists.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.Sha256;

/**
 * A source id made from an entry's own content, for lists that give entries no id (BIS Denied Persons,
 * older CSL rows). The same name, address and date always give the same id, so the entry can be
 * followed across snapshots; a change of those fields reads as a delisting plus a new listing.
 */
public final class StableId {

    private StableId() {
    }

    public static String of(@Nullable String... parts) {
        MessageDigest sha = Sha256.digest();
            for (String part : parts) {
                String p = part == null ? "" : part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1F);
            }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
    }
}
