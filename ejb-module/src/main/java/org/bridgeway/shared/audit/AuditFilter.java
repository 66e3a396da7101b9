package org.bridgeway.shared.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * Filters of the audit screen; null means "any". subjectType and subjectId name the record acted on (for a
 * person: type "account" and the account id); from is inclusive, to exclusive.
 */
public record AuditFilter(String actor, AuditKind kind, String subjectType, String subjectId, Instant from,
        Instant to) implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
