package org.bridgeway.recruitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.bridgeway.shared.retention.PersonRef;
import org.bridgeway.shared.retention.PersonalRecords;

/**
 * Applicants as personal records: an applicant who withdrew, was not selected or was merged away is deleted
 * three years after the record closed — with the timeline, step visits, requirements, self-identification,
 * invitations and any protected basis. Hired applicants' records go to personnel files and are not kept here
 * longer than the same period. Erasing an applicant (type "applicant") removes all of it at once.
 */
@ApplicationScoped
class RecruitmentRecords implements PersonalRecords {

    static final String APPLICANT = "applicant";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String kind() {
        return "recruitment-applicants-closed";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(3 * 365);
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        String closed = "state in ('WITHDRAWN', 'NOT_SELECTED', 'MERGED', 'HIRED') and closed_at < ?1";
        // Merged-away rows point at their kept record; those pointers go first.
        em.createNativeQuery("update applicant set merged_into_id = null where merged_into_id in (select id from"
                + " applicant where " + closed + ")").setParameter(1, Timestamp.from(cutoff)).executeUpdate();
        em.createNativeQuery("delete from protected_value where owner_type = ?2 and split_part(owner_id, ':', 1) in"
                        + " (select cast(id as varchar) from applicant where " + closed + ")")
                .setParameter(1, Timestamp.from(cutoff)).setParameter(2, ApplicantsBean.OWNER).executeUpdate();
        // Staged import rows are working copies: gone after a week whatever happened to the import.
        em.createNativeQuery("delete from applicant_import where created_at < now() - interval '7 days'").executeUpdate();
        return em.createNativeQuery("delete from applicant where " + closed).setParameter(1, Timestamp.from(cutoff))
                .executeUpdate();
    }

    @Override
    public int erase(PersonRef person) {
        if (!APPLICANT.equals(person.type())) {
            return 0;
        }
        em.createNativeQuery("update applicant set merged_into_id = null where merged_into_id = ?1")
                .setParameter(1, person.id()).executeUpdate();
        em.createNativeQuery("delete from protected_value where owner_type = ?1 and split_part(owner_id, ':', 1) = ?2")
                .setParameter(1, ApplicantsBean.OWNER).setParameter(2, String.valueOf(person.id())).executeUpdate();
        return em.createNativeQuery("delete from applicant where id = ?1").setParameter(1, person.id()).executeUpdate();
    }
}
