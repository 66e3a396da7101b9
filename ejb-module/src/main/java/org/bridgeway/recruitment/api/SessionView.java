package org.bridgeway.recruitment.api;

import java.io.Serializable;
import java.time.Instant;

/** An exam, test or interview session: its step, time, place, capacity and how many are invited. */
public record SessionView(long id, StepView step, Instant startsAt, Instant endsAt, String place, int capacity,
        int invited, boolean cancelled) implements Serializable {

    public long getId() {
        return id;
    }

    public StepView getStep() {
        return step;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getInvited() {
        return invited;
    }
}
