package org.bridgeway.identity;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bridgeway.identity.api.AccountAuthentication;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.audit.AuditKind;
import org.bridgeway.shared.audit.AuditTrail;

@Stateless
public class AccountAuthenticationBean implements AccountAuthentication {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private RequestPermissions requestPermissions;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private AuditTrail audit;

    @Override
    public Optional<Credentials> findCredentials(String username) {
        return accounts.findByUsername(normalise(username))
                .map(a -> new Credentials(a.getUsername(), a.getPasswordHash(), a.isEnabled()));
    }

    @Override
    public Set<String> permissionsOf(String username) {
        String key = normalise(username);
        try {
            return requestPermissions.of(key, this::loadPermissions);
        } catch (ContextNotActiveException e) {
            return loadPermissions(key); // outside any request: read directly
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> loadPermissions(String username) {
        List<String> rows = em.createNativeQuery("""
                select distinct rp.permission
                  from account a
                  join account_role ar on ar.account_id = a.id
                  join role_permission rp on rp.role = ar.role
                 where a.username = ?1 and a.enabled""")
                .setParameter(1, username)
                .getResultList();
        return new HashSet<>(rows);
    }

    @Override
    public LoginProfile loginProfile(String username) {
        Account a = accounts.findByUsername(normalise(username))
                .orElseThrow(NotFoundException::new);
        return new LoginProfile(a.getId(), a.getUsername(), a.getDisplayName(), a.getLanguage(),
                a.isMustChangePassword());
    }

    @Override
    public boolean isThrottled(String username, String clientAddress) {
        return throttle.isBlocked(normalise(username), clientAddress);
    }

    @Override
    public void authenticationFailed(String username, String clientAddress) {
        throttle.failed(normalise(username), clientAddress);
        audit.recordAs("anonymous", AuditKind.LOGIN_FAILED, Account.AUDIT_TYPE, accountId(username));
    }

    @Override
    public void authenticationThrottled(String username) {
        audit.recordAs("anonymous", AuditKind.LOGIN_THROTTLED, Account.AUDIT_TYPE, accountId(username));
    }

    @Override
    public void authenticationSucceeded(String username) {
        throttle.succeeded(normalise(username));
    }

    @Override
    public void signedIn(String username) {
        Long id = accountId(username);
        audit.recordAs(Account.AUDIT_TYPE + ":" + id, AuditKind.LOGIN, Account.AUDIT_TYPE, id);
    }

    @Override
    public void signedOut(String username) {
        Long id = accountId(username);
        audit.recordAs(id == null ? "anonymous" : Account.AUDIT_TYPE + ":" + id, AuditKind.LOGOUT, Account.AUDIT_TYPE, id);
    }

    /** The account's id, or null for a name that matches no account (never the typed name itself). */
    private Long accountId(String username) {
        return accounts.findByUsername(normalise(username)).map(Account::getId).orElse(null);
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
