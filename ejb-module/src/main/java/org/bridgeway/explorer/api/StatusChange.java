package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.time.Instant;

/** One lifecycle change: from, to, why (a bundle key or a coordinator's words), who ("account:ID"), when. */
public record StatusChange(ParticipantStatus from, ParticipantStatus to, String reason, String actor,
        Instant changedAt) implements Serializable {

    public ParticipantStatus getFrom() {
        return from;
    }

    public ParticipantStatus getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
