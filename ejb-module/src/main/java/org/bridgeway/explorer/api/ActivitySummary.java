package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** An activity in a list or a youth's schedule; rsvps is how many said yes, rsvped whether the viewer did. */
public record ActivitySummary(long id, long postId, ActivityKind kind, String title, Instant startsAt,
        Instant endsAt, String place, Integer capacity, BigDecimal hoursCredited, boolean cancelled, long rsvps,
        boolean rsvped) implements Serializable {

    public long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public BigDecimal getHoursCredited() {
        return hoursCredited;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public long getRsvps() {
        return rsvps;
    }

    public boolean isRsvped() {
        return rsvped;
    }
}
