package org.bridgeway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bridgeway.shared.Hashes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL, so the limits hold across cluster
 * members. Keys are SHA-256 hashes: the table never holds a typed user name or an address.
 */
@ApplicationScoped
class LoginThrottle {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "bridgeway.login.max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "bridgeway.login.max-failures-per-address", defaultValue = "30")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "bridgeway.login.throttle-minutes", defaultValue = "15")
    int minutes;

    boolean isBlocked(String username, String address) {
        List<?> blocked = em.createNativeQuery("""
                select 1 from login_throttle
                 where throttle_key in (?1, ?2) and blocked_until > now()""")
                .setParameter(1, accountKey(username))
                .setParameter(2, addressKey(address))
                .getResultList();
        return !blocked.isEmpty();
    }

    void failed(String username, String address) {
        count(accountKey(username), maxFailuresPerAccount);
        if (address != null && !address.isBlank()) {
            count(addressKey(address), maxFailuresPerAddress);
        }
    }

    void succeeded(String username) {
        em.createNativeQuery("delete from login_throttle where throttle_key = ?1")
                .setParameter(1, accountKey(username)).executeUpdate();
    }

    /** One atomic upsert per failure: a new window starts when the last one is older than the block time. */
    private void count(String key, int limit) {
        Number failures = (Number) em.createNativeQuery("""
                insert into login_throttle as t (throttle_key, failures, window_start)
                values (?1, 1, now())
                on conflict (throttle_key) do update set
                    failures = case when t.window_start < now() - make_interval(mins => ?2) then 1
                                    else t.failures + 1 end,
                    window_start = case when t.window_start < now() - make_interval(mins => ?2) then now()
                                        else t.window_start end
                returning failures""")
                .setParameter(1, key)
                .setParameter(2, minutes)
                .getSingleResult();
        if (failures.intValue() >= limit) {
            em.createNativeQuery("update login_throttle set blocked_until = now() + make_interval(mins => ?2)"
                            + " where throttle_key = ?1")
                    .setParameter(1, key)
                    .setParameter(2, minutes)
                    .executeUpdate();
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
