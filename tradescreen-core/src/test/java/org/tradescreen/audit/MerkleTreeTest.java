package org.tradescreen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    /** RFC 6962's MTH written as the RFC states it, recursively: the reference the tree is checked against. */
    private static byte[] mth(List<byte[]> d) {
        if (d.size() == 1) {
            return MerkleTree.leafHash(d.get(0));
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return MerkleTree.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
    }

    private static List<byte[]> leaves(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(("record " + i).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void root_isRfc6962sTreeHead_forEverySizeUpTo130() {
        for (int n = 1; n <= 130; n++) {
            assertThat(new MerkleTree(leaves(n)).root()).as("size " + n).isEqualTo(mth(leaves(n)));
        }
    }

    @Test
    void knownVector_oneEmptyLeaf() {
        // The Certificate Transparency test vector: SHA-256(0x00) for a tree of one empty leaf.
        assertThat(HexFormat.of().formatHex(new MerkleTree(List.of(new byte[0])).root()))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void everyLeafsInclusionProof_verifies_andNoOtherLeafOrIndexDoes() {
        for (int n = 1; n <= 70; n++) {
            List<byte[]> leaves = leaves(n);
            MerkleTree tree = new MerkleTree(leaves);
            for (int i = 0; i < n; i++) {
                List<byte[]> proof = tree.inclusionProof(i);
                assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, n, proof, tree.root()))
                        .as("leaf %d of %d", i, n).isTrue();
                if (n > 1) {
                    assertThat(MerkleTree.verifyInclusion(leaves.get((i + 1) % n), i, n, proof, tree.root()))
                            .as("another leaf at %d of %d", i, n).isFalse();
                    assertThat(MerkleTree.verifyInclusion(leaves.get(i), (i + 1) % n, n, proof, tree.root()))
                            .as("leaf %d at another index of %d", i, n).isFalse();
                }
            }
        }
    }
}
