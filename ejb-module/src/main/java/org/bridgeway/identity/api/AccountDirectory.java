package org.bridgeway.identity.api;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What other contexts may know about accounts: id, user name, display name, roles, language and whether
 * enabled — no e-mail, no password data. Checks no permission; callers check their own.
 */
@Local
public interface AccountDirectory {

    record Entry(long id, String username, String displayName, Set<Role> roles, String language,
            boolean enabled) implements Serializable {

        public long getId() {
            return id;
        }

        public String getUsername() {
            return username;
        }

        public String getDisplayName() {
            return displayName;
        }
    }

    Optional<Entry> byId(long accountId);

    /** Where and in which language to send a person a notice; for notifications only, never shown on a page. */
    record Contact(String email, String language) implements Serializable {
    }

    /** Empty when the account has no e-mail address or is disabled. */
    Optional<Contact> contactOf(long accountId);

    Optional<Entry> byUsername(String username);

    /** Display names of many accounts in one query. */
    Map<Long, String> displayNames(Collection<Long> accountIds);

    /** Enabled accounts holding the role, by display name (for pickers). */
    List<Entry> enabledWithRole(Role role);
}
