package org.bridgeway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/**
 * One-way password hashing with Shiro's default (Argon2id, random salt, parameters stored in the hash).
 * The same service verifies passwords in the login realm.
 */
@ApplicationScoped
public class PasswordHasher {

    private final PasswordService passwordService = new DefaultPasswordService();

    public String hash(String plainPassword) {
        return passwordService.encryptPassword(plainPassword);
    }

    public boolean matches(String plainPassword, String storedHash) {
        return passwordService.passwordsMatch(plainPassword, storedHash);
    }
}
