package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.NewAccount;
import org.bridgeway.identity.api.Role;
import org.bridgeway.shared.AccessDeniedException;
import org.bridgeway.shared.PageRequest;
import org.bridgeway.shared.audit.AuditEntry;
import org.bridgeway.shared.audit.AuditFilter;
import org.bridgeway.shared.audit.AuditKind;
import org.bridgeway.shared.audit.AuditTrail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail and the sign-in throttle, inside Payara against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final String PASSWORD = "Audit-Pass-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(AuditTrailIT.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AccountService accounts;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    private long newAccount(String username) throws Exception {
        return RunAs.user("admin", () -> accounts.createAccount(new NewAccount(username, "Person " + username,
                username + "@example.org", "en", EnumSet.of(Role.MENTOR), PASSWORD)));
    }

    private String adminActor() throws Exception {
        return "account:" + RunAs.user("admin", () -> accounts.findAccounts(
                new org.bridgeway.identity.api.AccountFilter("admin", Role.ADMIN, null), PageRequest.first(50)).rows())
                .stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow().id();
    }

    private List<AuditEntry> entriesFor(long accountId, AuditKind kind) throws Exception {
        return RunAs.user("admin", () -> audit.find(
                new AuditFilter(null, kind, "account", String.valueOf(accountId), null, null), PageRequest.first(50)));
    }

    @Test
    void theAuditTableRefusesUpdateDeleteAndTruncateWhateverRoleConnects() throws Exception {
        newAccount("audited-" + UUID.randomUUID().toString().substring(0, 6));
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of("update audit_event set kind = 'LOGIN'", "delete from audit_event",
                    "truncate audit_event")) {
                assertThatThrownBy(() -> c.createStatement().executeUpdate(sql)).as(sql)
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
        }
    }

    @Test
    void accountChangesAreAuditedByIdWithoutPersonalData() throws Exception {
        String username = "changes-" + UUID.randomUUID().toString().substring(0, 6);
        long id = newAccount(username);
        long version = RunAs.user("admin", () -> accounts.getAccount(id).version());
        RunAs.user("admin", () -> accounts.setRoles(id, version, EnumSet.of(Role.MENTOR, Role.COORDINATOR)));

        assertThat(entriesFor(id, AuditKind.ACCOUNT_CREATED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(adminActor()));
        assertThat(entriesFor(id, AuditKind.ROLES_CHANGED)).hasSize(1);

        List<String> cells = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select actor, kind, subject_type, subject_id from audit_event where subject_id = ?")) {
            ps.setString(1, String.valueOf(id));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= 4; i++) {
                        cells.add(rs.getString(i));
                    }
                }
            }
        }
        assertThat(cells).isNotEmpty().noneMatch(cell -> cell != null
                && (cell.contains(username) || cell.contains("@example.org") || cell.contains("Person ")));
    }

    @Test
    void theSixthRapidFailedSignInIsThrottledEvenWithTheRightPassword() throws Exception {
        String username = "throttled-" + UUID.randomUUID().toString().substring(0, 6);
        long id = newAccount(username);
        var securityManager = SecurityUtils.getSecurityManager();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> securityManager.authenticate(
                    new UsernamePasswordToken(username, "wrong-password", false, "198.51.100.7")))
                    .isInstanceOf(IncorrectCredentialsException.class);
        }
        assertThatThrownBy(() -> securityManager.authenticate(
                new UsernamePasswordToken(username, PASSWORD, false, "198.51.100.8")))
                .isInstanceOf(ExcessiveAttemptsException.class);

        assertThat(entriesFor(id, AuditKind.LOGIN_FAILED)).hasSize(5);
        assertThat(entriesFor(id, AuditKind.LOGIN_THROTTLED)).hasSize(1);
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select throttle_key from login_throttle")) {
            while (rs.next()) {
                assertThat(rs.getString(1)).doesNotContain(username).doesNotContain("198.51.100");
            }
        }
    }

    @Test
    void theTrailIsSearchedByKindActorAndDateAndOnlyByPermittedPeople() throws Exception {
        String username = "search-" + UUID.randomUUID().toString().substring(0, 6);
        long id = newAccount(username);
        Instant now = Instant.now();
        var today = new AuditFilter(adminActor(), AuditKind.ACCOUNT_CREATED, "account", String.valueOf(id),
                now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS));
        assertThat(RunAs.user("admin", () -> audit.count(today))).isEqualTo(1);
        var yesterday = new AuditFilter(null, null, "account", String.valueOf(id), null, now.minus(1, ChronoUnit.DAYS));
        assertThat(RunAs.user("admin", () -> audit.count(yesterday))).isZero();
        var byOther = new AuditFilter("anonymous", null, "account", String.valueOf(id), null, null);
        assertThat(RunAs.user("admin", () -> audit.count(byOther))).isZero();

        for (String person : List.of("coordinator", "recruiter", "mentor", "youth")) {
            assertThatThrownBy(() -> RunAs.user(person, () -> audit.count(AuditFilter.none())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
