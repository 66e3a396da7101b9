package org.bridgeway.shared.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import org.bridgeway.identity.api.CurrentUser;

/**
 * Every night at 02:30 server time. Each server has the timer; a PostgreSQL advisory lock lets one run it and
 * the others skip, so the job never runs twice at once in a cluster.
 */
@Singleton
public class RetentionJob {

    private static final System.Logger LOG = System.getLogger(RetentionJob.class.getName());
    private static final long LOCK = 4712;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Retention retention;

    @Inject
    private CurrentUser currentUser;

    @Schedule(hour = "2", minute = "30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void nightly() {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult();
        if (!mine) {
            return;
        }
        var removed = currentUser.runAsSystem(retention::purgeExpired);
        LOG.log(Level.INFO, "Retention run removed {0}", removed);
    }
}
