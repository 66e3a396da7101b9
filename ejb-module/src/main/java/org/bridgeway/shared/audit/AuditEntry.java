package org.bridgeway.shared.audit;

import java.io.Serializable;
import java.time.Instant;

/** One row of the audit trail as the audit screen shows it. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditKind kind, String subjectType,
        String subjectId) implements Serializable {

    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }
}
