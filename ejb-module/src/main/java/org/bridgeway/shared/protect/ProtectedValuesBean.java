package org.bridgeway.shared.protect;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.shared.audit.AuditKind;
import org.bridgeway.shared.audit.AuditTrail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class ProtectedValuesBean implements ProtectedValues {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "bridgeway.protected.keys", defaultValue = " ")
    private String configuredKeys;

    private ProtectedValueCipher cipher() {
        return new ProtectedValueCipher(KeyRing.parse(configuredKeys));
    }

    @Override
    public void write(ProtectedKind kind, String ownerType, Object ownerId, String value) {
        currentUser.checkPermission(kind.writePermission());
        if (value == null) {
            em.createNativeQuery("delete from protected_value where owner_type = ?1 and owner_id = ?2 and kind = ?3")
                    .setParameter(1, ownerType).setParameter(2, String.valueOf(ownerId)).setParameter(3, kind.name())
                    .executeUpdate();
            return;
        }
        var sealed = cipher().seal(kind.name(), value);
        em.createNativeQuery("""
                insert into protected_value (owner_type, owner_id, kind, key_id, ciphertext, updated_at)
                values (?1, ?2, ?3, ?4, ?5, now())
                on conflict (owner_type, owner_id, kind)
                do update set key_id = excluded.key_id, ciphertext = excluded.ciphertext, updated_at = now()""")
                .setParameter(1, ownerType).setParameter(2, String.valueOf(ownerId)).setParameter(3, kind.name())
                .setParameter(4, sealed.keyId()).setParameter(5, sealed.ciphertext())
                .executeUpdate();
    }

    @Override
    public Optional<String> read(ProtectedKind kind, String ownerType, Object ownerId) {
        currentUser.checkPermission(kind.readPermission());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select key_id, ciphertext from protected_value
                 where owner_type = ?1 and owner_id = ?2 and kind = ?3""")
                .setParameter(1, ownerType).setParameter(2, String.valueOf(ownerId)).setParameter(3, kind.name())
                .getResultList();
        audit.record(AuditKind.PROTECTED_FIELD_READ, ownerType, ownerId);
        return rows.stream().findFirst().map(r -> cipher().open(kind.name(),
                new ProtectedValueCipher.Sealed((String) r[0], (String) r[1])));
    }

    @Override
    public int eraseAll(String ownerType, Object ownerId) {
        return em.createNativeQuery("delete from protected_value where owner_type = ?1 and owner_id = ?2")
                .setParameter(1, ownerType).setParameter(2, String.valueOf(ownerId)).executeUpdate();
    }
}
