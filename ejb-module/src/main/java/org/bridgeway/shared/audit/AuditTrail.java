package org.bridgeway.shared.audit;

import jakarta.ejb.Local;
import java.util.List;
import org.bridgeway.shared.PageRequest;

/**
 * The one audit trail every context writes to. A row says who, when, what kind and which record — never the
 * value read or changed, nor any other personal data. Rows are written in the caller's transaction, so an
 * audited change and its row commit or roll back together; the table refuses UPDATE, DELETE and TRUNCATE.
 */
@Local
public interface AuditTrail {

    /** Records an event by the current caller ("account:42", "system" or "anonymous"). */
    void record(AuditKind kind, String subjectType, Object subjectId);

    /** Records an event for an actor given as "account:ID" or "anonymous", for sign-in events. */
    void recordAs(String actor, AuditKind kind, String subjectType, Object subjectId);

    /** Requires audit:read. Newest first. */
    List<AuditEntry> find(AuditFilter filter, PageRequest page);

    /** Requires audit:read. */
    long count(AuditFilter filter);
}
