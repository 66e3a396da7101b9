package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.NewAccount;
import org.bridgeway.identity.api.PasswordReset;
import org.bridgeway.identity.api.Role;
import org.bridgeway.shared.AccessDeniedException;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.protect.ProtectedKind;
import org.bridgeway.shared.protect.ProtectedValues;
import org.bridgeway.shared.retention.PersonRef;
import org.bridgeway.shared.retention.Retention;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The retention job and "erase this person", inside Payara against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class RetentionAndErasureIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(RetentionAndErasureIT.class);
    }

    @Inject
    Retention retention;

    @Inject
    AccountService accounts;

    @Inject
    PasswordReset passwordReset;

    @Inject
    ProtectedValues protectedValues;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    private void execute(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.executeUpdate();
        }
    }

    private long count(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theRetentionJobRemovesAnExpiredRecordKeepsAFreshOneAndLogsOnlyCounts() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String old = "old-" + tag + "@example.org";
        String fresh = "fresh-" + tag + "@example.org";
        String waiting = "waiting-" + tag + "@example.org";
        String insert = "insert into mail_outbox (recipient, subject, body, created_at, send_after, sent_at)"
                + " values (?, 's', 'b', now() - interval '40 days', now() - interval '40 days', ?::timestamptz)";
        execute(insert, old, java.time.OffsetDateTime.now().minusDays(40));
        execute(insert, fresh, java.time.OffsetDateTime.now().minusDays(1));
        execute(insert, waiting, null);
        long runsBefore = count("select count(*) from retention_run where kind = 'sent-mail'");

        var removed = RunAs.user("admin", () -> retention.purgeExpired());

        assertThat(removed.get("sent-mail")).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from mail_outbox where recipient = ?", old)).isZero();
        assertThat(count("select count(*) from mail_outbox where recipient = ?", fresh)).isEqualTo(1);
        assertThat(count("select count(*) from mail_outbox where recipient = ?", waiting)).as("unsent").isEqualTo(1);
        assertThat(count("select count(*) from retention_run where kind = 'sent-mail'")).isEqualTo(runsBefore + 1);
    }

    @Test
    void anErasedPersonLeavesNoNameEmailOrPhoneInAnyTable() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String username = "erase-" + tag;
        String displayName = "Zeynab Erasable " + tag;
        String email = "zeynab." + tag + "@example.org";
        long id = RunAs.user("admin", () -> accounts.createAccount(new NewAccount(username, displayName, email, "so",
                EnumSet.of(Role.YOUTH), "Erase-Pass-2026")));
        RunAs.user("admin", () -> {
            protectedValues.write(ProtectedKind.RESIDENCY_BASIS, "account", id, "LAWFUL_PERMANENT_RESIDENT");
            return null;
        });
        passwordReset.requestLink(username); // an outbox message with the name and address, a reset link
        assertThat(count("select count(*) from mail_outbox where recipient = ?", email)).isEqualTo(1);

        assertThatThrownBy(() -> RunAs.user("admin", () -> retention.erase(new PersonRef(PersonRef.ACCOUNT, id))))
                .isInstanceOf(BusinessException.class).hasMessage("erasure.error.accountEnabled");
        assertThatThrownBy(() -> RunAs.user("youth", () -> retention.erase(new PersonRef(PersonRef.ACCOUNT, id))))
                .isInstanceOf(AccessDeniedException.class);

        long version = RunAs.user("admin", () -> accounts.getAccount(id).version());
        RunAs.user("admin", () -> accounts.setEnabled(id, version, false));
        RunAs.user("admin", () -> retention.erase(new PersonRef(PersonRef.ACCOUNT, id)));

        assertThat(textColumnsContaining(List.of(tag, username, displayName, email))).isEmpty();
        assertThat(count("select count(*) from audit_event where kind = 'ERASURE' and subject_type = 'account'"
                + " and subject_id = ?", String.valueOf(id))).isEqualTo(1);
        assertThat(count("select count(*) from protected_value where owner_type = 'account' and owner_id = ?",
                String.valueOf(id))).isZero();
    }

    /** Every text column of every table of the application's schema, searched for each of the values. */
    private List<String> textColumnsContaining(List<String> values) throws Exception {
        List<String[]> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("""
                        select table_name, column_name from information_schema.columns
                         where table_schema = current_schema()
                           and data_type in ('text', 'character varying', 'character')
                           and table_name <> 'flyway_schema_history'""")) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        assertThat(columns).as("text columns found").hasSizeGreaterThan(10);
        List<String> hits = new ArrayList<>();
        for (String[] column : columns) {
            for (String value : values) {
                if (count("select count(*) from \"" + column[0] + "\" where \"" + column[1] + "\" ilike ?",
                        "%" + value + "%") > 0) {
                    hits.add(column[0] + "." + column[1] + " holds " + value);
                }
            }
        }
        return hits;
    }
}
