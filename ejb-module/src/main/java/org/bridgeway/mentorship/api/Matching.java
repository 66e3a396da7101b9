package org.bridgeway.mentorship.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Matching youth with mentors (mentorship:manage), for participants of the posts the caller coordinates
 * (administrators: all); any other participant or match is not found.
 */
@Local
public interface Matching {

    /** Screened mentors with room, best first, each with the reasons of its score. */
    List<MatchSuggestion> suggestions(long participantId);

    /** Records a PROPOSED match; the mentor must be screened and have room. */
    long propose(long participantId, long mentorAccountId);

    /** PROPOSED or PAUSED → ACTIVE, re-checking screening and capacity. */
    void activate(long matchId);

    void pause(long matchId, String reason);

    void close(long matchId, String reason);

    List<MatchSummary> matchesOf(long participantId);

    /** The youth's weekly availability used by the score, by day and time. */
    List<Slot> menteeAvailability(long participantId);

    /** Replaces the youth's weekly availability used by the score. */
    void setMenteeAvailability(long participantId, List<Slot> slots);
}
