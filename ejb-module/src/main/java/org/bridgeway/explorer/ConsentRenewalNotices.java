package org.bridgeway.explorer;

import org.bridgeway.shared.SqlValues;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.mail.MailOutbox;
import org.bridgeway.shared.mail.MailTemplate;

/**
 * Renewal e-mails to guardians 30 days before a consent expires, through the outbox, in the guardian's
 * language. None once the participant will be 18 by the expiry: the guardian's consent lapses then anyway and
 * the participant signs for themselves. Rows are claimed with SKIP LOCKED, so two servers never send twice.
 */
@Stateless
public class ConsentRenewalNotices {

    static final int DAYS_BEFORE = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private AgencyCalendar calendar;

    public int sendDue() {
        LocalDate today = calendar.today();
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                update explorer_consent c set renewal_notice_sent_at = now()
                  from explorer_guardian g, explorer_participant m
                 where c.id in (select c2.id from explorer_consent c2
                                 join explorer_participant m2 on m2.id = c2.participant_id
                                where c2.guardian_id is not null and c2.renewal_notice_sent_at is null
                                  and c2.expires_on between ?1 and ?2
                                  and m2.birth_date + interval '18 years' > c2.expires_on
                                  for update of c2 skip locked)
                   and g.id = c.guardian_id and m.id = c.participant_id and g.email is not null
                returning g.email, g.preferred_language, g.name, coalesce(m.preferred_name, m.given_name), c.expires_on""")
                .setParameter(1, Date.valueOf(today)).setParameter(2, Date.valueOf(today.plusDays(DAYS_BEFORE)))
                .getResultList();
        for (Object[] r : due) {
            outbox.enqueue((String) r[0], (String) r[1], MailTemplate.CONSENT_RENEWAL, r[2], r[3],
                    SqlValues.date(r[4]).toString());
        }
        return due.size();
    }
}
