package org.bridgeway.explorer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.shared.mail.MailOutbox;
import org.bridgeway.shared.protect.ProtectedValues;
import org.bridgeway.shared.retention.PersonRef;
import org.bridgeway.shared.retention.PersonalRecords;

/**
 * Explorer participants as personal records. Records of people who left — never eligible, alumni, inactive —
 * are deleted three years after their last status change (configurable), with guardians, consents,
 * attendance, standing history, the residency record and its protected value, and their queued mail.
 */
@ApplicationScoped
class ExplorerRecords implements PersonalRecords {

    static final String PERSON_TYPE = Participant.OWNER_TYPE;

    private static final List<ParticipantStatus> CLOSED = List.of(ParticipantStatus.INELIGIBLE,
            ParticipantStatus.ALUMNI, ParticipantStatus.INACTIVE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProtectedValues protectedValues;

    @Inject
    private MailOutbox outbox;

    @Override
    public String kind() {
        return "explorer-participants-closed";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(3 * 365);
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        List<Participant> expired = em.createQuery("select m from Participant m where m.status in :closed"
                        + " and m.statusChangedAt < :cutoff", Participant.class)
                .setParameter("closed", CLOSED).setParameter("cutoff", cutoff).setMaxResults(10_000)
                .getResultList();
        expired.forEach(this::remove);
        return expired.size();
    }

    @Override
    public int erase(PersonRef person) {
        if (!PERSON_TYPE.equals(person.type())) {
            return 0; // an erased YOUTH account is unlinked by its foreign key; the participant record stays
        }
        Participant participant = em.find(Participant.class, person.id());
        if (participant == null) {
            return 0;
        }
        remove(participant);
        return 1;
    }

    private void remove(Participant participant) {
        if (participant.getEmail() != null) {
            outbox.forget(participant.getEmail());
        }
        participant.getGuardians().stream().map(Guardian::getEmail).filter(e -> e != null).forEach(outbox::forget);
        protectedValues.eraseAll(Participant.OWNER_TYPE, participant.getId());
        em.remove(participant); // everything else cascades in the schema
        em.flush();
    }
}
