package org.bridgeway.shared.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.shared.PageRequest;

@Stateless
public class AuditTrailBean implements AuditTrail {

    private static final int ACTOR_MAX = 60;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void record(AuditKind kind, String subjectType, Object subjectId) {
        recordAs(currentUser.auditActor(), kind, subjectType, subjectId);
    }

    @Override
    public void recordAs(String actor, AuditKind kind, String subjectType, Object subjectId) {
        String who = actor == null || actor.isBlank() ? "anonymous" : actor;
        em.persist(new AuditEvent(clock.instant(), who.length() > ACTOR_MAX ? who.substring(0, ACTOR_MAX) : who,
                kind, subjectType, subjectId == null ? null : String.valueOf(subjectId)));
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, PageRequest page) {
        currentUser.checkPermission(Permission.AUDIT_READ);
        var where = new Where(filter);
        TypedQuery<AuditEvent> query = em.createQuery(
                "select e from AuditEvent e" + where.jpql + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        where.parameters.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(AuditEvent::toEntry).toList();
    }

    @Override
    public long count(AuditFilter filter) {
        currentUser.checkPermission(Permission.AUDIT_READ);
        var where = new Where(filter);
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEvent e" + where.jpql, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The WHERE clause of a filter; every filter has an index (see V3__audit_trail.sql). */
    private static final class Where {
        private final StringBuilder jpql = new StringBuilder(" where 1 = 1");
        private final Map<String, Object> parameters = new HashMap<>();

        Where(AuditFilter filter) {
            add(filter.actor(), "e.actor = :actor", "actor");
            if (filter.kind() != null) {
                jpql.append(" and e.kind = :kind");
                parameters.put("kind", filter.kind());
            }
            add(filter.subjectType(), "e.subjectType = :subjectType", "subjectType");
            add(filter.subjectId(), "e.subjectId = :subjectId", "subjectId");
            if (filter.from() != null) {
                jpql.append(" and e.occurredAt >= :from");
                parameters.put("from", filter.from());
            }
            if (filter.to() != null) {
                jpql.append(" and e.occurredAt < :to");
                parameters.put("to", filter.to());
            }
        }

        private void add(String value, String condition, String name) {
            if (value != null && !value.isBlank()) {
                jpql.append(" and ").append(condition);
                parameters.put(name, value.strip());
            }
        }
    }
}
