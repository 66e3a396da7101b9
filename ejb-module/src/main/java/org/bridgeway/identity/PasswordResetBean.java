package org.bridgeway.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.bridgeway.identity.api.AccountRules;
import org.bridgeway.identity.api.PasswordReset;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.Hashes;
import org.bridgeway.shared.audit.AuditKind;
import org.bridgeway.shared.audit.AuditTrail;
import org.bridgeway.shared.mail.MailOutbox;
import org.bridgeway.shared.mail.MailTemplate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class PasswordResetBean implements PasswordReset {

    private static final int VALID_MINUTES = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    @ConfigProperty(name = "bridgeway.public-url", defaultValue = "http://localhost:28080/bridgeway")
    String publicUrl;

    @Override
    public void requestLink(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
            return;
        }
        String wanted = usernameOrEmail.strip().toLowerCase(Locale.ROOT);
        List<Account> matches = em.createQuery("select a from Account a where a.enabled = true and a.email is not null"
                        + " and (a.username = :wanted or lower(a.email) = :wanted)", Account.class)
                .setParameter("wanted", wanted)
                .setMaxResults(2)
                .getResultList();
        if (matches.size() != 1) {
            return; // nobody, or an e-mail shared by several accounts: send nothing, say the same
        }
        Account account = matches.get(0);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("insert into password_reset (token_hash, account_id, expires_at)"
                        + " values (?1, ?2, now() + make_interval(mins => ?3))")
                .setParameter(1, Hashes.sha256Hex(token)).setParameter(2, account.getId()).setParameter(3, VALID_MINUTES)
                .executeUpdate();
        String link = publicUrl.replaceAll("/+$", "") + "/password-reset-confirm.xhtml?token=" + token;
        outbox.enqueue(account.getEmail(), account.getLanguage(), MailTemplate.PASSWORD_RESET,
                account.getDisplayName(), link);
    }

    @Override
    public void reset(String token, String newPassword) {
        if (newPassword == null || newPassword.length() < AccountRules.PASSWORD_MIN
                || newPassword.length() > AccountRules.PASSWORD_MAX) {
            throw new BusinessException("password.error.length", AccountRules.PASSWORD_MIN, AccountRules.PASSWORD_MAX);
        }
        // Claim the token atomically: a second use, a race or an expired link all find no row.
        @SuppressWarnings("unchecked")
        List<Number> claimed = em.createNativeQuery("""
                update password_reset set used_at = now()
                 where token_hash = ?1 and used_at is null and expires_at > now()
                returning account_id""")
                .setParameter(1, Hashes.sha256Hex(token == null ? "" : token))
                .getResultList();
        if (claimed.isEmpty()) {
            throw new BusinessException("password.reset.invalid");
        }
        Account account = em.find(Account.class, claimed.get(0).longValue());
        if (account == null || !account.isEnabled()) {
            throw new BusinessException("password.reset.invalid");
        }
        account.setChosenPassword(passwordHasher.hash(newPassword));
        audit.recordAs("anonymous", AuditKind.PASSWORD_CHANGED, Account.AUDIT_TYPE, account.getId());
    }
}
