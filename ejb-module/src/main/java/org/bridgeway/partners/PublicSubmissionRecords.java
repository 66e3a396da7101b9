package org.bridgeway.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.bridgeway.shared.retention.PersonRef;
import org.bridgeway.shared.retention.PersonalRecords;

/**
 * Public form submissions as personal records: the lead they became (an Explorer or recruitment record) has its
 * own retention; the submission itself is only the trace of a request and goes after a year.
 */
@ApplicationScoped
class PublicSubmissionRecords implements PersonalRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String kind() {
        return "public-submissions";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(365);
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        return em.createNativeQuery("delete from public_submission where submitted_at < ?1")
                .setParameter(1, Timestamp.from(cutoff)).executeUpdate();
    }

    @Override
    public int erase(PersonRef person) {
        // The submission that created an Explorer participant or an applicant goes with that person.
        String leadType = switch (person.type()) {
            case "explorer-participant" -> "EXPLORER_PARTICIPANT";
            case "applicant" -> "RECRUITMENT_APPLICANT";
            default -> null;
        };
        if (leadType == null) {
            return 0;
        }
        return em.createNativeQuery("delete from public_submission where lead_type = ?1 and lead_id = ?2")
                .setParameter(1, leadType).setParameter(2, person.id()).executeUpdate();
    }
}
