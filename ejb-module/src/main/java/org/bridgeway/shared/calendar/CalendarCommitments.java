package org.bridgeway.shared.calendar;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/**
 * Busy time of people, shared by every context that schedules them (mentorship sessions, Explorer RSVPs). The
 * database refuses two live commitments of one person that overlap, so a double booking cannot happen even
 * when two servers book at the same moment. Called inside the caller's transaction; checks no permission.
 */
@Local
public interface CalendarCommitments {

    /** Person keys: "account:ID" for staff and mentors, "explorer-participant:ID" for youth. */
    static String account(long accountId) {
        return "account:" + accountId;
    }

    static String participant(long participantId) {
        return "explorer-participant:" + participantId;
    }

    /**
     * Books [start, end) for the person.
     *
     * @throws CalendarConflictException when it overlaps a live commitment; it names the clashing time
     */
    void book(String person, Instant start, Instant end, String sourceType, long sourceId);

    /** Frees every commitment of the source (a cancelled session, a withdrawn RSVP). */
    int release(String sourceType, long sourceId);

    /** Frees the person's commitment for the source. */
    int release(String person, String sourceType, long sourceId);

    /** Live commitments of a person overlapping [from, to), earliest first. */
    List<Commitment> busy(String person, Instant from, Instant to);

    record Commitment(long id, String person, Instant start, Instant end, String sourceType, long sourceId)
            implements java.io.Serializable {
    }
}
