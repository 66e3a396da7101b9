package org.bridgeway.mentorship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import org.bridgeway.shared.retention.PersonRef;
import org.bridgeway.shared.retention.PersonalRecords;

/**
 * Mentorship as personal records: closed matches (with their goals and sessions, notes included) are deleted
 * three years after closing; erasing a participant or an account removes their matches, mentor profile and
 * every calendar commitment of theirs.
 */
@ApplicationScoped
class MentorshipRecords implements PersonalRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String kind() {
        return "mentorship-matches-closed";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(3 * 365);
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        em.createNativeQuery("delete from calendar_commitment c using mentorship_session s, mentorship_match m"
                        + " where c.source_type = ?1 and c.source_id = s.id and s.match_id = m.id"
                        + " and m.status = 'CLOSED' and m.updated_at < ?2")
                .setParameter(1, SessionsBean.SOURCE).setParameter(2, Timestamp.from(cutoff)).executeUpdate();
        int removed = em.createNativeQuery("delete from mentorship_match where status = 'CLOSED' and updated_at < ?1")
                .setParameter(1, Timestamp.from(cutoff)).executeUpdate();
        deleteOrphanedCommitments();
        return removed;
    }

    @Override
    public int erase(PersonRef person) {
        String key;
        String matchColumn;
        if (PersonRef.ACCOUNT.equals(person.type())) {
            key = "account:" + person.id();
            matchColumn = "mentor_account_id";
            em.createNativeQuery("delete from mentor_profile where account_id = ?1").setParameter(1, person.id())
                    .executeUpdate();
        } else if ("explorer-participant".equals(person.type())) {
            key = "explorer-participant:" + person.id();
            matchColumn = "participant_id";
            em.createNativeQuery("delete from mentee_availability where participant_id = ?1")
                    .setParameter(1, person.id()).executeUpdate();
        } else {
            return 0;
        }
        // The other side's busy time for these sessions goes too.
        em.createNativeQuery("delete from calendar_commitment c using mentorship_session s, mentorship_match m"
                        + " where c.source_type = ?1 and c.source_id = s.id and s.match_id = m.id and m." + matchColumn
                        + " = ?2").setParameter(1, SessionsBean.SOURCE).setParameter(2, person.id()).executeUpdate();
        em.createNativeQuery("delete from calendar_commitment where person = ?1").setParameter(1, key).executeUpdate();
        int removed = em.createNativeQuery("delete from mentorship_match where " + matchColumn + " = ?1")
                .setParameter(1, person.id()).executeUpdate();
        deleteOrphanedCommitments();
        return removed;
    }

    /**
     * Busy time of sessions that no longer exist: another kind's erasure (a participant's record, whose
     * matches cascade) may have run first, so this does not depend on the order the registry calls kinds in.
     */
    private void deleteOrphanedCommitments() {
        em.createNativeQuery("delete from calendar_commitment c where c.source_type = ?1"
                        + " and not exists (select 1 from mentorship_session s where s.id = c.source_id)")
                .setParameter(1, SessionsBean.SOURCE).executeUpdate();
    }
}
