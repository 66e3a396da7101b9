package org.bridgeway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.bridgeway.shared.Hashes;
import org.bridgeway.shared.throttle.EventCounters;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed sign-ins per account and per client address (the shared EventCounters, in PostgreSQL), so the
 * limits hold across cluster members. Keys are SHA-256 hashes: the table never holds a typed user name or an
 * address.
 */
@ApplicationScoped
class LoginThrottle {

    @Inject
    @ConfigProperty(name = "bridgeway.login.max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "bridgeway.login.max-failures-per-address", defaultValue = "30")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "bridgeway.login.throttle-minutes", defaultValue = "15")
    int minutes;

    @Inject
    private EventCounters counters;

    boolean isBlocked(String username, String address) {
        return counters.anyBlocked(accountKey(username), addressKey(address));
    }

    void failed(String username, String address) {
        count(accountKey(username), maxFailuresPerAccount);
        if (address != null && !address.isBlank()) {
            count(addressKey(address), maxFailuresPerAddress);
        }
    }

    void succeeded(String username) {
        counters.forget(accountKey(username));
    }

    private void count(String key, int limit) {
        if (counters.count(key, Duration.ofMinutes(minutes)) >= limit) {
            counters.block(key, Duration.ofMinutes(minutes));
        }
    }

    private static String accountKey(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return "account:" + Hashes.sha256Hex(normalised);
    }

    private static String addressKey(String address) {
        return "address:" + Hashes.sha256Hex(address == null ? "" : address);
    }
}
