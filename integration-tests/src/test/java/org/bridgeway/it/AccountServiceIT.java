package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.bridgeway.identity.api.AccountFilter;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.AccountSummary;
import org.bridgeway.identity.api.NewAccount;
import org.bridgeway.identity.api.Role;
import org.bridgeway.shared.AccessDeniedException;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts, passwords and the last-administrator rule, inside Payara against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String PASSWORD = "Temporary-Pass-42";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(AccountServiceIT.class);
    }

    @Inject
    AccountService accounts;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    private long newAccount(String username, Role... roles) throws Exception {
        return RunAs.user("admin", () -> accounts.createAccount(new NewAccount(username, "Test " + username,
                username + "@example.org", "so", EnumSet.copyOf(List.of(roles)), PASSWORD)));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String storedHash(String username) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select password_hash from account where username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void storesAnArgon2HashNeverThePlainPassword() throws Exception {
        String username = unique("hash");
        newAccount(username, Role.MENTOR);
        String hash = storedHash(username);
        assertThat(hash).doesNotContain(PASSWORD).startsWith("$shiro2$argon2id$");
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String username = unique("disabled");
        long id = newAccount(username, Role.YOUTH);
        var token = new UsernamePasswordToken(username, PASSWORD);
        assertThat(SecurityUtils.getSecurityManager().authenticate(token).getPrincipals().getPrimaryPrincipal())
                .isEqualTo(username);
        assertThatThrownBy(() -> SecurityUtils.getSecurityManager()
                .authenticate(new UsernamePasswordToken(username, "wrong-password-1")))
                .isInstanceOf(IncorrectCredentialsException.class);

        long version = RunAs.user("admin", () -> accounts.getAccount(id).version());
        RunAs.user("admin", () -> accounts.setEnabled(id, version, false));

        assertThatThrownBy(() -> SecurityUtils.getSecurityManager().authenticate(token))
                .isInstanceOf(DisabledAccountException.class);
    }

    @Test
    void temporaryPasswordMustBeChangedAndTheChangeClearsTheFlag() throws Exception {
        String username = unique("temp");
        long id = newAccount(username, Role.COORDINATOR);
        assertThat(RunAs.user("admin", () -> accounts.getAccount(id).mustChangePassword())).isTrue();

        assertThatThrownBy(() -> RunAs.user(username, () -> accounts.changeOwnPassword("not-the-password", "Brand-New-Pass-7")))
                .isInstanceOf(BusinessException.class).hasMessage("password.error.currentWrong");
        assertThatThrownBy(() -> RunAs.user(username, () -> accounts.changeOwnPassword(PASSWORD, "short")))
                .isInstanceOf(BusinessException.class).hasMessage("password.error.length");

        RunAs.user(username, () -> accounts.changeOwnPassword(PASSWORD, "Brand-New-Pass-7"));
        assertThat(RunAs.user("admin", () -> accounts.getAccount(id).mustChangePassword())).isFalse();
        assertThat(SecurityUtils.getSecurityManager()
                .authenticate(new UsernamePasswordToken(username, "Brand-New-Pass-7"))).isNotNull();
    }

    @Test
    void theFirstAdministratorComesFromConfigurationAndMustChangeThePassword() throws Exception {
        var page = RunAs.user("admin", () -> accounts.findAccounts(new AccountFilter("firstadmin", null, null),
                PageRequest.first(5)));
        assertThat(page.rows()).singleElement().satisfies(a -> {
            assertThat(a.roles()).containsExactly(Role.ADMIN);
            assertThat(a.mustChangePassword()).isTrue();
        });
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabledOrDemoted() throws Exception {
        List<AccountSummary> otherAdmins = RunAs.user("admin", () -> accounts.findAccounts(
                new AccountFilter(null, Role.ADMIN, true), PageRequest.first(200)).rows())
                .stream().filter(a -> !a.username().equals("admin")).toList();
        try {
            for (AccountSummary other : otherAdmins) {
                RunAs.user("admin", () -> accounts.setEnabled(other.id(), other.version(), false));
            }
            AccountSummary last = RunAs.user("admin", () -> accounts.findAccounts(
                    new AccountFilter("admin", Role.ADMIN, true), PageRequest.first(5)).rows())
                    .stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow();

            assertThatThrownBy(() -> RunAs.user("admin", () -> accounts.setEnabled(last.id(), last.version(), false)))
                    .isInstanceOf(BusinessException.class).hasMessage("accounts.error.lastAdministrator");
            assertThatThrownBy(() -> RunAs.user("admin", () -> accounts.setRoles(last.id(), last.version(), Set.of(Role.COORDINATOR))))
                    .isInstanceOf(BusinessException.class).hasMessage("accounts.error.lastAdministrator");
            assertThat(RunAs.user("admin", () -> accounts.getAccount(last.id()).enabled())).isTrue();
        } finally {
            for (AccountSummary other : otherAdmins) {
                long version = RunAs.user("admin", () -> accounts.getAccount(other.id()).version());
                RunAs.user("admin", () -> accounts.setEnabled(other.id(), version, true));
            }
        }
    }

    @Test
    void onlyAdministratorsManageAccounts() throws Exception {
        for (String username : List.of("coordinator", "recruiter", "mentor", "youth")) {
            assertThatThrownBy(() -> RunAs.user(username, () -> accounts.findAccounts(AccountFilter.none(), PageRequest.first(5))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aTakenUserNameIsRefused() throws Exception {
        String username = unique("twice");
        newAccount(username, Role.MENTOR);
        assertThatThrownBy(() -> newAccount(username, Role.MENTOR))
                .isInstanceOf(BusinessException.class).hasMessage("accounts.error.usernameTaken");
    }
}
