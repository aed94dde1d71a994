package org.tradescreen.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * This instance's Ed25519 signing key (the JDK's own implementation), kept in the data directory as
 * {@code audit-signing-key} (PKCS#8, base64, readable by its owner only) and made on first use. It signs audit
 * checkpoints and shared case bundles; its public half, given to an examiner or a partner agency, is all they need
 * to check them. The key id is the first 16 hex digits of the SHA-256 of the public key's X.509 encoding.
 */
public final class InstanceKey {

    static final String FILE = "audit-signing-key";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private InstanceKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key of the data directory, made there if it has none. */
    public static InstanceKey of(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String[] lines = Files.readString(file, StandardCharsets.US_ASCII).strip().split("\n");
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines[0].strip())));
            PublicKey pub = kf.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines[1].strip())));
            return new InstanceKey(priv, pub);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("the signing key " + file + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Writes a new key pair: private then public, each base64 on its own line; owner-only where POSIX allows. */
    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String text = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n";
        Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions protect it
            }
            Files.writeString(tmp, text, StandardCharsets.US_ASCII);
            // Two processes starting at once: the first key written wins, the other reads it.
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(tmp);
        }
    }

    public byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** The public key as base64 of its X.509 (SubjectPublicKeyInfo) encoding, as exports and bundles carry it. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public String keyId() {
        return keyId(publicKey.getEncoded());
    }

    public static String keyId(byte[] x509) {
        return HexFormat.of().formatHex(MerkleTree.sha256().digest(x509)).substring(0, 16);
    }

    /** Checks a signature against a public key given as base64 X.509; false for any malformed input. */
    public static boolean verify(String publicKeyBase64, byte[] message, byte[] signature) {
        try {
            PublicKey pub = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(pub);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
