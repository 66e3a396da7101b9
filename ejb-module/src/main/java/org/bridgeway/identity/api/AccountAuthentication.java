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

    /** Too many recent failures for this account or this client address: refuse before checking a password. */
    boolean isThrottled(String username, String clientAddress);

    /** A wrong password or unknown/disabled account: counts towards the throttle and is audited. */
    void authenticationFailed(String username, String clientAddress);

    /** An attempt refused by the throttle: audited, not counted again. */
    void authenticationThrottled(String username);

    /** Correct credentials (form or API): clears the account's failure count. Not audited: API calls do it. */
    void authenticationSucceeded(String username);

    /** A person signed in through the login form. */
    void signedIn(String username);

    /** A person signed out. */
    void signedOut(String username);

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
