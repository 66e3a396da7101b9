package org.bridgeway.shared.protect;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a random 96-bit nonce per value and the value's kind as associated data, so a ciphertext
 * copied to another kind of field does not decrypt. Stored as base64(nonce || ciphertext+tag) plus the key id.
 */
public final class ProtectedValueCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyRing keys;

    public ProtectedValueCipher(KeyRing keys) {
        this.keys = keys;
    }

    public record Sealed(String keyId, String ciphertext) {
        @Override
        public String toString() {
            return "Sealed[" + keyId + "]";
        }
    }

    public Sealed seal(String kind, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kind.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return new Sealed(keys.currentId(), Base64.getEncoder().encodeToString(stored));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a protected value", e);
        }
    }

    public String open(String kind, Sealed sealed) {
        byte[] stored = Base64.getDecoder().decode(sealed.ciphertext());
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.get(sealed.keyId()),
                    new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(kind.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Wrong key, wrong kind or tampered: never decrypt to something else.
            throw new IllegalStateException("a protected value could not be decrypted", e);
        }
    }
}
