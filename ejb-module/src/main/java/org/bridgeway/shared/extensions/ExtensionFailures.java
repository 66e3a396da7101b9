package org.bridgeway.shared.extensions;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Records a failing extension in its own transaction, so the record stays even if the caller's work rolls back. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExtensionFailures {

    @PersistenceContext
    private EntityManager em;

    public void record(ExtensionRegistry.Kind kind, String ruleId, String bundle, String problem) {
        em.createNativeQuery("""
                insert into extension_failure (kind, rule_id, bundle, failed_at, problem)
                values (?1, ?2, cast(?3 as varchar), now(), ?4)""")
                .setParameter(1, kind.name()).setParameter(2, ruleId).setParameter(3, bundle)
                .setParameter(4, problem.length() > 500 ? problem.substring(0, 500) : problem).executeUpdate();
    }
}
