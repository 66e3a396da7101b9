package org.bridgeway.shared.retention;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.shared.audit.AuditKind;
import org.bridgeway.shared.audit.AuditTrail;
import org.eclipse.microprofile.config.Config;

@Stateless
public class RetentionBean implements Retention {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<PersonalRecords> kinds;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private Config config;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Map<String, Integer> purgeExpired() {
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (PersonalRecords records : kinds) {
            Duration keep = config.getOptionalValue("bridgeway.retention." + records.kind() + "-days", Integer.class)
                    .map(Duration::ofDays).orElse(records.defaultRetention());
            int count = records.purgeExpired(clock.instant().minus(keep));
            removed.put(records.kind(), count);
            // Counts only: which records went is exactly what must not be kept.
            em.createNativeQuery("insert into retention_run (kind, run_at, removed) values (?1, now(), ?2)")
                    .setParameter(1, records.kind()).setParameter(2, count).executeUpdate();
        }
        return removed;
    }

    @Override
    public Map<String, Integer> erase(PersonRef person) {
        currentUser.checkPermission(Permission.PEOPLE_ERASE);
        Map<String, Integer> erased = new LinkedHashMap<>();
        for (PersonalRecords records : kinds) {
            erased.put(records.kind(), records.erase(person));
        }
        audit.record(AuditKind.ERASURE, person.type(), person.id());
        return erased;
    }
}
