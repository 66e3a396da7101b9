package org.bridgeway.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bridgeway.shared.retention.PersonRef;
import org.bridgeway.shared.retention.PersonalRecords;

/** Sent messages hold addresses and names: kept 30 days for support questions, then deleted. */
@ApplicationScoped
class SentMailRecords implements PersonalRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String kind() {
        return "sent-mail";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(30);
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        return em.createNativeQuery("delete from mail_outbox where sent_at < ?1")
                .setParameter(1, cutoff.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    @Override
    public int erase(PersonRef person) {
        return 0; // messages are erased by address, by the context that knows the person's address
    }
}
