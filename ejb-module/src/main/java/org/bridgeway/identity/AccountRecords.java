package org.bridgeway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.mail.MailOutbox;
import org.bridgeway.shared.protect.ProtectedValues;
import org.bridgeway.shared.retention.PersonRef;
import org.bridgeway.shared.retention.PersonalRecords;

/**
 * Accounts as personal records: a disabled account is erased when its retention ends (two years by default),
 * and "erase this person" removes the account with its roles, reset links, protected values and mail. Audit
 * rows stay: they name the account only by its id.
 */
@ApplicationScoped
class AccountRecords implements PersonalRecords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private ProtectedValues protectedValues;

    @Override
    public String kind() {
        return "disabled-accounts";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(730);
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        List<Account> expired = em.createQuery(
                        "select a from Account a where a.enabled = false and a.disabledAt < :cutoff", Account.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
        expired.forEach(this::remove);
        return expired.size();
    }

    @Override
    public int erase(PersonRef person) {
        if (!PersonRef.ACCOUNT.equals(person.type())) {
            return 0;
        }
        Account account = em.find(Account.class, person.id());
        if (account == null) {
            return 0;
        }
        if (account.isEnabled()) {
            throw new BusinessException("erasure.error.accountEnabled");
        }
        remove(account);
        return 1;
    }

    private void remove(Account account) {
        if (account.getEmail() != null) {
            outbox.forget(account.getEmail());
        }
        protectedValues.eraseAll(Account.AUDIT_TYPE, account.getId());
        em.remove(account); // roles and reset links go with it (foreign keys cascade)
        em.flush();
    }
}
