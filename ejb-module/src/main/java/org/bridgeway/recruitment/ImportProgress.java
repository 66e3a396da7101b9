package org.bridgeway.recruitment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * An import's progress, written in transactions of its own so that other requests (the progress bar, on any
 * server) see it while the import's own transaction is still open. The outcome (DONE) is written by the import's
 * transaction itself, so it commits or rolls back with the rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportProgress {

    @PersistenceContext
    private EntityManager em;

    /** Claims a previewed import; false when another request already started (or finished) it. */
    public boolean start(long importId) {
        return em.createNativeQuery("update applicant_import set status = 'RUNNING', processed_rows = 0 where id = ?1"
                + " and status = 'PREVIEW'").setParameter(1, importId).executeUpdate() == 1;
    }

    public void advance(long importId, int processed) {
        em.createNativeQuery("update applicant_import set processed_rows = ?2 where id = ?1")
                .setParameter(1, importId).setParameter(2, processed).executeUpdate();
    }

    /** REFUSED (all or nothing with bad rows) or FAILED (the import's transaction rolled back). */
    public void finish(long importId, String status) {
        em.createNativeQuery("update applicant_import set status = ?2, finished_at = now() where id = ?1"
                + " and status in ('PREVIEW', 'RUNNING')").setParameter(1, importId).setParameter(2, status)
                .executeUpdate();
    }
}
