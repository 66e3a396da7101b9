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
 * Leaders and contacts of partners. Two years after someone was deactivated their name and contact details are
 * removed; the row stays so convening logs still add up ("former contact").
 */
@ApplicationScoped
class PartnerPeopleRecords implements PersonalRecords {

    private static final String ANONYMISED = """
            update partner_person set name = 'former contact', title = null, email = null, phone = null,
                   languages = '', deactivated_at = coalesce(deactivated_at, now()), version = version + 1""";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String kind() {
        return "partner-people";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(2 * 365);
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        return em.createNativeQuery(ANONYMISED + " where deactivated_at < ?1 and name <> 'former contact'")
                .setParameter(1, Timestamp.from(cutoff)).executeUpdate();
    }

    @Override
    public int erase(PersonRef person) {
        if (!"partner-person".equals(person.type())) {
            return 0;
        }
        return em.createNativeQuery(ANONYMISED + " where id = ?1").setParameter(1, person.id()).executeUpdate();
    }
}
