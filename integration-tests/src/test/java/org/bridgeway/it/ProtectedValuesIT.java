package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.shared.AccessDeniedException;
import org.bridgeway.shared.protect.KeyRing;
import org.bridgeway.shared.protect.ProtectedKind;
import org.bridgeway.shared.protect.ProtectedValueCipher;
import org.bridgeway.shared.protect.ProtectedValues;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Protected values inside Payara against PostgreSQL: ciphertext at rest, audited reads, key rotation. */
@ExtendWith(ArquillianExtension.class)
class ProtectedValuesIT {

    private static final ProtectedKind KIND = ProtectedKind.RESIDENCY_BASIS;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(ProtectedValuesIT.class);
    }

    @Inject
    ProtectedValues values;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    private String[] stored(String ownerId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select key_id, ciphertext from protected_value"
                        + " where owner_type = 'participant' and owner_id = ? and kind = ?")) {
            ps.setString(1, ownerId);
            ps.setString(2, KIND.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
            }
        }
    }

    private long auditedReads(String ownerId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from audit_event where kind = "
                        + "'PROTECTED_FIELD_READ' and subject_type = 'participant' and subject_id = ?")) {
            ps.setString(1, ownerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theColumnHoldsCiphertextAndEachPermittedReadIsAuditedOnce() throws Exception {
        String owner = UUID.randomUUID().toString();
        RunAs.user("admin", () -> {
            values.write(KIND, "participant", owner, "LAWFUL_PERMANENT_RESIDENT");
            return null;
        });

        String[] row = stored(owner);
        assertThat(row[0]).isEqualTo("test2");
        assertThat(row[1]).doesNotContain("LAWFUL").doesNotContain("RESIDENT");

        assertThat(auditedReads(owner)).isZero();
        assertThat(RunAs.user("admin", () -> values.read(KIND, "participant", owner))).contains("LAWFUL_PERMANENT_RESIDENT");
        assertThat(auditedReads(owner)).isEqualTo(1);
    }

    @Test
    void aCallerWithoutThePermissionIsRefusedAndNothingIsRead() throws Exception {
        String owner = UUID.randomUUID().toString();
        RunAs.user("admin", () -> {
            values.write(KIND, "participant", owner, "US_CITIZEN");
            return null;
        });
        // Coordinators hold residency:read for their own posts' participants (Participants scopes that).
        for (String person : new String[] {"recruiter", "mentor", "youth"}) {
            assertThatThrownBy(() -> RunAs.user(person, () -> values.read(KIND, "participant", owner)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> RunAs.user(person, () -> {
                values.write(KIND, "participant", owner, "DECLINED_TO_STATE");
                return null;
            })).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(auditedReads(owner)).isZero();
    }

    @Test
    void aValueWrittenWithTheOldKeyStillReadsAfterRotationAndIsRewrittenWithTheNewOne() throws Exception {
        String owner = UUID.randomUUID().toString();
        // The configured ring is "test2:...,test1:...": seal with test1 alone, as before the rotation.
        String ring = ConfigProvider.getConfig().getValue("bridgeway.protected.keys", String.class);
        String oldKeyOnly = ring.substring(ring.indexOf("test1:"));
        var sealed = new ProtectedValueCipher(KeyRing.parse(oldKeyOnly)).seal(KIND.name(), "OTHER_LAWFUL_STATUS");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into protected_value (owner_type, owner_id, kind,"
                        + " key_id, ciphertext, updated_at) values ('participant', ?, ?, ?, ?, now())")) {
            ps.setString(1, owner);
            ps.setString(2, KIND.name());
            ps.setString(3, sealed.keyId());
            ps.setString(4, sealed.ciphertext());
            ps.executeUpdate();
        }
        assertThat(stored(owner)[0]).isEqualTo("test1");
        assertThat(RunAs.user("admin", () -> values.read(KIND, "participant", owner))).contains("OTHER_LAWFUL_STATUS");

        RunAs.user("admin", () -> {
            values.write(KIND, "participant", owner, "OTHER_LAWFUL_STATUS");
            return null;
        });
        assertThat(stored(owner)[0]).isEqualTo("test2");
        assertThat(RunAs.user("admin", () -> values.read(KIND, "participant", owner))).contains("OTHER_LAWFUL_STATUS");
    }
}
