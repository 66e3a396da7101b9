package org.bridgeway.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.bridgeway.shared.retention.PersonRef;
import org.bridgeway.shared.retention.PersonalRecords;

/**
 * Academy enrolments (names, contacts, languages, attendance) are kept three years after the cohort's last
 * session - long enough to reissue a certificate - then deleted with their attendance. The survey answers are
 * anonymous and stay with the cohort.
 */
@ApplicationScoped
class AcademyRecords implements PersonalRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String kind() {
        return "academy-enrolments";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(3 * 365);
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        return em.createNativeQuery("""
                delete from academy_enrolment e where e.cohort_id in (
                    select s.cohort_id from academy_session s group by s.cohort_id having max(s.held_on) < ?1)""")
                .setParameter(1, java.sql.Date.valueOf(cutoff.atOffset(java.time.ZoneOffset.UTC).toLocalDate()))
                .executeUpdate();
    }

    @Override
    public int erase(PersonRef person) {
        if (!"academy-enrolment".equals(person.type())) {
            return 0;
        }
        return em.createNativeQuery("delete from academy_enrolment where id = ?1").setParameter(1, person.id())
                .executeUpdate();
    }
}
