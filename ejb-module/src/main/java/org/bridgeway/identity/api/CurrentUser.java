package org.bridgeway.identity.api;

import java.util.Optional;

/**
 * Who is calling. Services ask this, never the web layer, so a service called without a page or request
 * still refuses a caller who lacks the permission. Timers run inside {@link #runAsSystem}.
 */
public interface CurrentUser {

    /** The signed-in account's user name, or empty for an anonymous caller. */
    Optional<String> username();

    /** The signed-in account's id, or empty for an anonymous caller and the system principal. */
    Optional<Long> accountId();

    /**
     * How the audit trail names the caller: "account:42", "system" or "anonymous" — an id, never a name, so an
     * erased person leaves no name behind in the append-only trail.
     */
    String auditActor();

    boolean isPermitted(String permission);

    /** @throws org.bridgeway.shared.AccessDeniedException when the caller lacks the permission */
    void checkPermission(String permission);

    /** Runs work as the system principal, which holds every permission (scheduled jobs, start-up tasks). */
    <T> T runAsSystem(java.util.function.Supplier<T> work);
}
