package org.bridgeway.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bridgeway.shared.retention.PersonRef;
import org.bridgeway.shared.retention.PersonalRecords;

/**
 * The outreach log names no one, but its free-text summaries may mention people: contacts (and their concerns)
 * go after five years. Erasing an Explorer participant or an applicant removes the link from the event where
 * they were a lead.
 */
@ApplicationScoped
class OutreachRecords implements PersonalRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String kind() {
        return "outreach-log";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(5 * 365);
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        return em.createNativeQuery("delete from outreach_contact where occurred_on < ?1")
                .setParameter(1, Date.valueOf(cutoff.atOffset(ZoneOffset.UTC).toLocalDate())).executeUpdate();
    }

    @Override
    public int erase(PersonRef person) {
        String leadType = switch (person.type()) {
            case "explorer-participant" -> OutreachEventsBean.YOUTH_LEAD;
            case "applicant" -> OutreachEventsBean.CAREER_LEAD;
            default -> null;
        };
        if (leadType == null) {
            return 0;
        }
        return em.createNativeQuery("delete from outreach_event_lead where lead_type = ?1 and lead_id = ?2")
                .setParameter(1, leadType).setParameter(2, person.id()).executeUpdate();
    }
}
