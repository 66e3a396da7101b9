package org.bridgeway.mentorship.api;

import jakarta.ejb.Local;
import java.util.List;

/** A mentor's own mentees (mentorship:mentor) and a youth's own sessions (explorer:self). */
@Local
public interface MentorDesk {

    /** The caller's open matches (proposed, active, paused) with their mentees' limited view. */
    List<MenteeView> myMentees();

    /** For a YOUTH account: the sessions of their own matches, soonest first. */
    List<SessionSummary> mySessions();
}
