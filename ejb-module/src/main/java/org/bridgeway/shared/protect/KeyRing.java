package org.bridgeway.shared.protect;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES keys for protected values, from configuration ({@code bridgeway.protected.keys}):
 * {@code id:base64key,id:base64key,...}, newest first. New values are encrypted with the first key; older keys
 * stay listed so values written with them remain readable after a rotation.
 */
public final class KeyRing {

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private KeyRing(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    public static KeyRing parse(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("bridgeway.protected.keys is not set: protected values cannot be used");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : configured.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalStateException("bridgeway.protected.keys: each entry is id:base64key");
            }
            byte[] key = Base64.getDecoder().decode(parts[1].strip());
            if (key.length != 32 && key.length != 16) {
                throw new IllegalStateException("bridgeway.protected.keys: key " + parts[0] + " is not 128 or 256 bits");
            }
            keys.put(parts[0].strip(), new SecretKeySpec(key, "AES"));
        }
        return new KeyRing(keys.keySet().iterator().next(), keys);
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    SecretKey get(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("protected value written with key " + id + ", which is not configured");
        }
        return key;
    }
}
