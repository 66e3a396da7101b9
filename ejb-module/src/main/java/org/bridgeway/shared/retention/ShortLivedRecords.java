package org.bridgeway.shared.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Password-reset links and sign-in throttle counters: useless once expired, so gone a day later. */
@ApplicationScoped
class ShortLivedRecords implements PersonalRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String kind() {
        return "reset-links-and-throttle";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(1);
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        var when = cutoff.atOffset(ZoneOffset.UTC);
        int links = em.createNativeQuery("delete from password_reset where expires_at < ?1")
                .setParameter(1, when).executeUpdate();
        int counters = em.createNativeQuery("delete from login_throttle where window_start < ?1"
                        + " and (blocked_until is null or blocked_until < now())")
                .setParameter(1, when).executeUpdate();
        return links + counters;
    }

    @Override
    public int erase(PersonRef person) {
        return 0; // reset links cascade with the account; throttle keys are hashes that name nobody
    }
}
