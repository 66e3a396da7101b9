package org.bridgeway.identity.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** What the account screens show of an account. Never the password hash. */
public record AccountSummary(long id, long version, String username, String displayName, String email,
        String language, boolean enabled, boolean mustChangePassword, Set<Role> roles, Instant createdAt)
        implements Serializable {
}
