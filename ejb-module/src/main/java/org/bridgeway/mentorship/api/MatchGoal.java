package org.bridgeway.mentorship.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A goal or milestone of a match: title, due date, progress 0–100 %. */
public record MatchGoal(long id, long matchId, String title, LocalDate dueOn, int progress) implements Serializable {

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getProgress() {
        return progress;
    }
}
