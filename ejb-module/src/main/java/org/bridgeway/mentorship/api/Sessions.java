package org.bridgeway.mentorship.api;

import jakarta.ejb.Local;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Sessions of an ACTIVE match, scheduled by its mentor (mentorship:mentor) or a coordinator of the post
 * (mentorship:manage). Every occurrence books the mentor's, the youth's and any second adult's time; the
 * database refuses overlaps. Youth-protection rules apply to every occurrence.
 */
@Local
public interface Sessions {

    /** Returns the ids of the occurrences; all or nothing. */
    List<Long> schedule(long matchId, SessionPlan plan);

    void reschedule(long sessionId, LocalDateTime newStart, String reason);

    void cancel(long sessionId, String reason);

    /** HELD or NO_SHOW, with a short note (no identity numbers) seen only by the mentor and coordinators. */
    void recordOutcome(long sessionId, SessionStatus outcome, String note);

    List<SessionSummary> sessionsOf(long matchId);
}
