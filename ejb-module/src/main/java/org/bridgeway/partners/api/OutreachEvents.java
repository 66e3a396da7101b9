package org.bridgeway.partners.api;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.bridgeway.shared.Page;
import org.bridgeway.shared.PageRequest;

/**
 * Forums, community meetings, fairs and youth events (community:liaison): languages offered, interpreter, head
 * count, partner co-hosts, and the leads captured there - each one becomes an Explorer applicant of the chosen
 * post (its coordinators see it) or a recruitment applicant, with the event as its source.
 */
@Local
public interface OutreachEvents {

    enum EventKind {
        FORUM, COMMUNITY_MEETING, FAIR, YOUTH_EVENT
    }

    record EventRow(long id, long version, EventKind kind, String name, LocalDate heldOn, String place,
            String community, List<String> languagesOffered, boolean interpreterPresent, Integer headCount,
            List<String> cohosts, long youthLeads, long careerLeads) implements Serializable {
    }

    /** What a captured lead became: an Explorer participant (applicant) or a recruitment applicant. */
    record Lead(String type, long id) implements Serializable {
    }

    long create(EventDraft draft);

    /** After the event: how many came, and whether an interpreter was there. */
    void recordTurnout(long eventId, long version, Integer headCount, boolean interpreterPresent);

    Page<EventRow> events(PageRequest page);

    EventRow event(long eventId);

    /** A youth form (kind YOUTH, a post) or an adult interested in police careers (kind ADULT). */
    Lead captureLead(long eventId, InterestForm form);
}
