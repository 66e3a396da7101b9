package org.bridgeway.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An audit row. Written once, never changed: the entity has no setters and the table refuses updates. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(nullable = false, length = 40, updatable = false)
    @Enumerated(EnumType.STRING)
    private AuditKind kind;

    @Column(name = "subject_type", length = 40, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", length = 60, updatable = false)
    private String subjectId;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditKind kind, String subjectType, String subjectId) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, kind, subjectType, subjectId);
    }
}
