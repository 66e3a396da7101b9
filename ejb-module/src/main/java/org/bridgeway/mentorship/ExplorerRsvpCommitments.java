package org.bridgeway.mentorship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bridgeway.explorer.api.RsvpChanged;
import org.bridgeway.shared.calendar.CalendarCommitments;

/**
 * A youth's "yes" to an Explorer activity is busy time: booked in the RSVP's own transaction through the event
 * Explorer publishes, so an RSVP that clashes with a mentorship session (or the reverse) is refused with the
 * clashing time, and withdrawing frees it.
 */
@ApplicationScoped
class ExplorerRsvpCommitments {

    static final String SOURCE = "explorer-rsvp";

    @Inject
    private CalendarCommitments commitments;

    void onRsvp(@Observes RsvpChanged change) {
        String person = CalendarCommitments.participant(change.participantId());
        if (change.attending()) {
            commitments.book(person, change.startsAt(), change.endsAt(), SOURCE, change.activityId());
        } else {
            commitments.release(person, SOURCE, change.activityId());
        }
    }
}
