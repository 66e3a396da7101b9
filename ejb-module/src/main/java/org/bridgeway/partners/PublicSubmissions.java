package org.bridgeway.partners;

import static org.bridgeway.shared.Strings.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bridgeway.partners.api.InterestForm;

/**
 * Public submissions in transactions of their own: the submission is kept even when making the lead fails, so
 * staff can follow it up; the outcome of that step is recorded on it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PublicSubmissions {

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private org.bridgeway.shared.throttle.EventCounters counters;

    /** Counts one attempt for the key in its own transaction; returns the attempts in the current window. */
    public int countAttempt(String key, java.time.Duration window) {
        return counters.count(key, window);
    }

    public long store(InterestForm form, Long partnerId) {
        Object id = em.createNativeQuery("""
                insert into public_submission (kind, language, given_name, family_name, email, phone, birth_date,
                                               interest, post_id, guardian_name, guardian_phone, guardian_email,
                                               guardian_language, message, partner_id, submitted_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as date), ?8, cast(?9 as bigint), ?10, ?11, ?12, ?13, ?14,
                        cast(?15 as bigint), now()) returning id""")
                .setParameter(1, form.getKind().name()).setParameter(2, form.getLanguage())
                .setParameter(3, form.getGivenName().strip()).setParameter(4, form.getFamilyName().strip())
                .setParameter(5, blankToNull(form.getEmail())).setParameter(6, blankToNull(form.getPhone()))
                .setParameter(7, form.getBirthDate() == null ? null : java.sql.Date.valueOf(form.getBirthDate()))
                .setParameter(8, form.getInterest() == null ? null : form.getInterest().name())
                .setParameter(9, form.getPostId())
                .setParameter(10, blankToNull(form.getGuardianName())).setParameter(11, blankToNull(form.getGuardianPhone()))
                .setParameter(12, blankToNull(form.getGuardianEmail()))
                .setParameter(13, blankToNull(form.getGuardianName()) == null ? null : form.getLanguage())
                .setParameter(14, blankToNull(form.getMessage())).setParameter(15, partnerId).getSingleResult();
        return ((Number) id).longValue();
    }

    public void processed(long submissionId, String leadType, Long leadId, String error) {
        em.createNativeQuery("update public_submission set processed_at = now(), lead_type = ?2,"
                        + " lead_id = cast(?3 as bigint), processing_error = ?4 where id = ?1")
                .setParameter(1, submissionId).setParameter(2, leadType).setParameter(3, leadId)
                .setParameter(4, error).executeUpdate();
    }
}
