package org.bridgeway.mentorship.api;

import java.io.Serializable;
import java.time.Instant;

public record SessionSummary(long id, long matchId, SessionKind kind, Instant startsAt, Instant endsAt,
        SessionStatus status, String changeReason) implements Serializable {

    public long getId() {
        return id;
    }

    public SessionKind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public SessionStatus getStatus() {
        return status;
    }
}
