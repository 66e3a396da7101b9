package org.bridgeway.mentorship;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;

/**
 * Reminders 24 hours ahead, on every server every five minutes. Each due session is claimed and marked in one
 * statement (FOR UPDATE SKIP LOCKED), so a reminder is enqueued once even with two servers running; a session
 * cancelled or moved meanwhile withdraws its unsent reminder (SessionNotices).
 */
@Singleton
public class SessionReminders {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SessionNotices notices;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void onTimer() {
        enqueueDue();
    }

    /** Returns how many sessions had their reminders enqueued now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int enqueueDue() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                update mentorship_session s set reminder_sent_at = now()
                  from mentorship_match m
                 where m.id = s.match_id
                   and s.id in (select id from mentorship_session
                                 where status = 'SCHEDULED' and reminder_sent_at is null
                                   and starts_at > now() and starts_at <= now() + interval '24 hours'
                                 for update skip locked)
                returning s.id, m.mentor_account_id, s.second_adult_account_id, m.participant_id, s.starts_at""")
                .getResultList();
        for (Object[] r : due) {
            notices.reminder(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    r[2] == null ? null : ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                    org.bridgeway.shared.SqlValues.instant(r[4]));
        }
        return due.size();
    }
}
