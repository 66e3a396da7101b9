package org.bridgeway.shared.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * Counts events per key in fixed windows, in PostgreSQL (table login_throttle), so a limit holds across cluster
 * members: failed sign-ins per account or address, public form submissions per address. Callers pass hashed keys;
 * the table never holds an address or a typed user name. Old windows are purged by the retention job.
 */
@ApplicationScoped
public class EventCounters {

    @PersistenceContext
    private EntityManager em;

    /**
     * Counts one event in one atomic upsert (a new window starts when the last one is older than the window) and
     * returns how many events the key has in the current window, this one included.
     */
    public int count(String key, Duration window) {
        Number events = (Number) em.createNativeQuery("""
                insert into login_throttle as t (throttle_key, failures, window_start)
                values (?1, 1, now())
                on conflict (throttle_key) do update set
                    failures = case when t.window_start < now() - make_interval(secs => ?2) then 1
                                    else t.failures + 1 end,
                    window_start = case when t.window_start < now() - make_interval(secs => ?2) then now()
                                        else t.window_start end
                returning failures""")
                .setParameter(1, key)
                .setParameter(2, (double) window.toSeconds())
                .getSingleResult();
        return events.intValue();
    }

    /** Blocks the key until the given time from now (sign-in pauses). */
    public void block(String key, Duration duration) {
        em.createNativeQuery("update login_throttle set blocked_until = now() + make_interval(secs => ?2)"
                + " where throttle_key = ?1").setParameter(1, key).setParameter(2, (double) duration.toSeconds())
                .executeUpdate();
    }

    /** Whether any of the keys is blocked now. */
    public boolean anyBlocked(String... keys) {
        return !em.createNativeQuery("select 1 from login_throttle where throttle_key = any(cast(?1 as varchar[]))"
                + " and blocked_until > now()").setParameter(1, "{" + String.join(",", keys) + "}").getResultList()
                .isEmpty();
    }

    public void forget(String key) {
        em.createNativeQuery("delete from login_throttle where throttle_key = ?1").setParameter(1, key).executeUpdate();
    }
}
