package org.bridgeway.mentorship.api;

import jakarta.ejb.Local;
import java.time.Instant;
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

    /**
     * Sessions overlapping [from, to) in the posts the caller coordinates (administrators: every post), or in
     * one of them; at most {@link #CALENDAR_RANGE_DAYS} days and {@link #CALENDAR_MAX_ROWS} rows at a time.
     */
    List<PostSession> postCalendar(Long postId, Instant from, Instant to);

    /** Posts whose sessions the caller may see on the posts calendar. */
    List<Long> calendarPosts();

    int CALENDAR_RANGE_DAYS = 62;
    int CALENDAR_MAX_ROWS = 2000;
}
