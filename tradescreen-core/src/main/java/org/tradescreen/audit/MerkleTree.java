package org.tradescreen.audit;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tradescreen.io.Sha256;

/**
 * The Merkle tree of RFC 6962 (Certificate Transparency, section 2.1) over the audit records, each leaf the
 * 32-byte hash of one record: leaf hash {@code SHA-256(0x00 || leaf)}, node hash {@code SHA-256(0x01 || left ||
 * right)}. Built level by level, a lone last node carried up unchanged, which gives exactly the RFC's tree
 * (split at the largest power of two below the size). A signed root commits to every record up to its size;
 * an inclusion proof shows one record is among them without the others.
 */
public final class MerkleTree {

    private final List<byte[][]> levels = new ArrayList<>();

    /** The tree over these leaves, in order; at least one. */
    public MerkleTree(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
        }
        byte[][] level = new byte[leaves.size()][];
        for (int i = 0; i < level.length; i++) {
            level[i] = leafHash(leaves.get(i));
        }
        levels.add(level);
        while (level.length > 1) {
            byte[][] up = new byte[(level.length + 1) / 2][];
            for (int i = 0; i < up.length; i++) {
                up[i] = 2 * i + 1 < level.length ? nodeHash(level[2 * i], level[2 * i + 1]) : level[2 * i];
            }
            levels.add(up);
            level = up;
        }
    }

    public int size() {
        return levels.get(0).length;
    }

    public byte[] root() {
        return levels.get(levels.size() - 1)[0].clone();
    }

    /** The audit path of leaf {@code index}, from the leaf up (RFC 6962 section 2.1.1). */
    public List<byte[]> inclusionProof(int index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("no leaf " + index + " in a tree of " + size());
        }
        List<byte[]> path = new ArrayList<>();
        int i = index;
        for (int level = 0; level < levels.size() - 1; level++) {
            int sibling = i ^ 1;
            if (sibling < levels.get(level).length) {
                path.add(levels.get(level)[sibling].clone());
            }
            i >>= 1;
        }
        return path;
    }

    /**
     * Whether {@code leaf} is leaf {@code index} of the tree of {@code size} leaves with this root, by its audit
     * path (the verification algorithm of RFC 9162, section 2.1.3.2).
     */
    public static boolean verifyInclusion(byte[] leaf, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash(leaf);
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    static byte[] leafHash(byte[] leaf) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        return sha.digest(leaf);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        return sha.digest(right);
    }

    static MessageDigest sha256() {
        return Sha256.digest();
    }
}
