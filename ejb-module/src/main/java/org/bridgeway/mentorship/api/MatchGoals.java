package org.bridgeway.mentorship.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/** Goals and milestones of a match, for its mentor and the coordinators of its post. */
@Local
public interface MatchGoals {

    List<MatchGoal> goals(long matchId);

    /** Title up to 120 characters, no identity numbers; due date optional. */
    long addGoal(long matchId, String title, LocalDate dueOn);

    /** 0–100. */
    void setProgress(long goalId, int progress);
}
