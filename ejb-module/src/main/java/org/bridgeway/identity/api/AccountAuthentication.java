package org.bridgeway.identity.api;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * What the login machinery (the Shiro realm) needs. It runs before anyone is signed in, so it checks no
 * permission, and it never hands out more than the stored hash.
 */
@Local
public interface AccountAuthentication {

    Optional<Credentials> findCredentials(String username);

    /** Permissions granted by the account's roles; empty for a disabled or unknown account. */
    Set<String> permissionsOf(String username);

    LoginProfile loginProfile(String username);

    record Credentials(String username, String passwordHash, boolean enabled) {
        @Override
        public String toString() {
            return "Credentials[" + username + "]";
        }
    }

    record LoginProfile(long accountId, String username, String displayName, String language,
            boolean mustChangePassword) implements Serializable {
    }
}
