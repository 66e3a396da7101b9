package org.bridgeway.identity.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * What the account screens show of an account. Never the password hash. The getters are for Jakarta EL 5,
 * which reads JavaBean properties but not record components.
 */
public record AccountSummary(long id, long version, String username, String displayName, String email,
        String language, boolean enabled, boolean mustChangePassword, Set<Role> roles, Instant createdAt)
        implements Serializable {

    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles;
    }
}
