package org.bridgeway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Account look-ups shared by the identity services; runs in the calling service's transaction. */
@ApplicationScoped
class AccountRepository {

    @PersistenceContext
    private EntityManager em;

    Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    boolean hasAccounts() {
        return em.createNamedQuery(Account.COUNT_ALL, Long.class).getSingleResult() > 0;
    }

    void add(Account account) {
        em.persist(account);
        em.flush();
    }
}
