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

@Stateless
public class AccountAuthenticationBean implements AccountAuthentication {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private RequestPermissions requestPermissions;

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

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
