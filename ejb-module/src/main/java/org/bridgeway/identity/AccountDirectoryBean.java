package org.bridgeway.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.Role;

@Stateless
public class AccountDirectoryBean implements AccountDirectory {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Entry> byId(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).map(AccountDirectoryBean::entry);
    }

    @Override
    public Optional<Contact> contactOf(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId))
                .filter(a -> a.isEnabled() && a.getEmail() != null && !a.getEmail().isBlank())
                .map(a -> new Contact(a.getEmail(), a.getLanguage()));
    }

    @Override
    public Optional<Entry> byUsername(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst().map(AccountDirectoryBean::entry);
    }

    @Override
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (accountIds.isEmpty()) {
            return names;
        }
        em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", accountIds).getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    @Override
    public List<Entry> enabledWithRole(Role role) {
        return em.createQuery("select distinct a from Account a join a.roles r where r = :role and a.enabled = true"
                        + " order by a.displayName, a.id", Account.class)
                .setParameter("role", role).setMaxResults(500).getResultList()
                .stream().map(AccountDirectoryBean::entry).toList();
    }

    private static Entry entry(Account a) {
        var roles = a.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.getRoles());
        return new Entry(a.getId(), a.getUsername(), a.getDisplayName(), roles, a.getLanguage(), a.isEnabled());
    }
}
