package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.time.LocalDate;

public record CohortSummary(long id, long postId, String name, LocalDate startsOn, LocalDate endsOn, long members)
        implements Serializable {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public long getMembers() {
        return members;
    }
}
