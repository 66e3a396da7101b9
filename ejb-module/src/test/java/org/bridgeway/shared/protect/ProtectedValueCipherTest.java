package org.bridgeway.shared.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ProtectedValueCipherTest {

    private static String key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private final String oldKey = key();
    private final String newKey = key();

    @Test
    void sealsWithARandomNonceAndOpensAgain() {
        var cipher = new ProtectedValueCipher(KeyRing.parse("k1:" + oldKey));
        var first = cipher.seal("RESIDENCY_BASIS", "LAWFUL_PERMANENT_RESIDENT");
        var second = cipher.seal("RESIDENCY_BASIS", "LAWFUL_PERMANENT_RESIDENT");
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext()).doesNotContain("LAWFUL");
        assertThat(first.keyId()).isEqualTo("k1");
        assertThat(cipher.open("RESIDENCY_BASIS", first)).isEqualTo("LAWFUL_PERMANENT_RESIDENT");
    }

    @Test
    void valuesSealedWithTheOldKeyStayReadableAfterRotationAndNewOnesUseTheNewKey() {
        var before = new ProtectedValueCipher(KeyRing.parse("k1:" + oldKey)).seal("RESIDENCY_BASIS", "US_CITIZEN");
        var rotated = new ProtectedValueCipher(KeyRing.parse("k2:" + newKey + ", k1:" + oldKey));
        assertThat(rotated.open("RESIDENCY_BASIS", before)).isEqualTo("US_CITIZEN");
        assertThat(rotated.seal("RESIDENCY_BASIS", "US_CITIZEN").keyId()).isEqualTo("k2");
    }

    @Test
    void aTamperedCiphertextAnotherKindOrAMissingKeyNeverDecrypts() {
        var cipher = new ProtectedValueCipher(KeyRing.parse("k1:" + oldKey));
        var sealed = cipher.seal("RESIDENCY_BASIS", "DECLINED_TO_STATE");
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[bytes.length - 1] ^= 1;
        var tampered = new ProtectedValueCipher.Sealed("k1", Base64.getEncoder().encodeToString(bytes));
        assertThatThrownBy(() -> cipher.open("RESIDENCY_BASIS", tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open("ELIGIBILITY_BASIS", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ProtectedValueCipher(KeyRing.parse("k9:" + newKey)).open("RESIDENCY_BASIS", sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("k1");
    }

    @Test
    void refusesMissingOrMalformedKeys() {
        assertThatThrownBy(() -> KeyRing.parse(" ")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> KeyRing.parse("nokey")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> KeyRing.parse("k1:" + Base64.getEncoder().encodeToString(new byte[7])))
                .isInstanceOf(IllegalStateException.class);
    }
}
