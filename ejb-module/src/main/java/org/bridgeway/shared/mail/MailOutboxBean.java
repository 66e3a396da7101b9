package org.bridgeway.shared.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class MailOutboxBean implements MailOutbox {

    private static final System.Logger LOG = System.getLogger(MailOutboxBean.class.getName());
    /** Back-off after the n-th failure: 1, 2, 4, ... minutes, at most an hour. */
    private static final int MAX_BACKOFF_MINUTES = 60;

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "bridgeway.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "bridgeway.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "bridgeway.mail.from", defaultValue = "Bridgeway <no-reply@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "bridgeway.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "bridgeway.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "bridgeway.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Override
    public void enqueue(String recipient, String language, MailTemplate template, Object... arguments) {
        enqueueReferenced(null, recipient, language, template, arguments);
    }

    @Override
    public void enqueueReferenced(String reference, String recipient, String language, MailTemplate template,
            Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle("mail.templates", Locale.forLanguageTag(language),
                MailOutboxBean.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        Locale locale = texts.getLocale();
        String subject = new MessageFormat(texts.getString(template.name() + ".subject"), locale).format(arguments);
        String body = new MessageFormat(texts.getString(template.name() + ".body"), locale).format(arguments);
        enqueueRendered(reference, recipient, subject, body);
    }

    @Override
    public void enqueueRendered(String reference, String recipient, String subject, String body) {
        em.createNativeQuery("insert into mail_outbox (recipient, subject, body, created_at, send_after, reference)"
                        + " values (?1, ?2, ?3, now(), now(), ?4)")
                .setParameter(1, recipient).setParameter(2, subject).setParameter(3, body)
                .setParameter(4, reference).executeUpdate();
    }

    @Override
    public int withdraw(String reference) {
        // A row being sent right now is locked by its sender: SKIP LOCKED leaves it alone rather than wait.
        return em.createNativeQuery("delete from mail_outbox where id in (select id from mail_outbox"
                        + " where reference = ?1 and sent_at is null for update skip locked)")
                .setParameter(1, reference).executeUpdate();
    }

    @Override
    public int forget(String recipient) {
        return em.createNativeQuery("delete from mail_outbox where lower(recipient) = lower(?1)")
                .setParameter(1, recipient).executeUpdate();
    }

    /**
     * Claims due rows with FOR UPDATE SKIP LOCKED: a row being sent by one server is invisible to the others
     * until that server commits it as sent (or as failed, with its next attempt time).
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendDue(int max) {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            return 0; // no SMTP server configured: messages wait in the outbox
        }
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                select id, recipient, subject, body, attempts from mail_outbox
                 where sent_at is null and send_after <= now()
                 order by id limit ?1
                 for update skip locked""")
                .setParameter(1, max)
                .getResultList();
        int sent = 0;
        Session session = session();
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            try {
                send(session, (String) row[1], (String) row[2], (String) row[3]);
                em.createNativeQuery("update mail_outbox set sent_at = now(), attempts = attempts + 1 where id = ?1")
                        .setParameter(1, id).executeUpdate();
                sent++;
            } catch (MessagingException | RuntimeException e) {
                int attempts = ((Number) row[4]).intValue() + 1;
                int backoff = Math.min(MAX_BACKOFF_MINUTES, 1 << Math.min(attempts - 1, 6));
                // The error's type only: a message text may quote the recipient.
                em.createNativeQuery("update mail_outbox set attempts = ?2, last_error = ?3,"
                                + " send_after = now() + make_interval(mins => ?4) where id = ?1")
                        .setParameter(1, id).setParameter(2, attempts)
                        .setParameter(3, e.getClass().getSimpleName()).setParameter(4, backoff)
                        .executeUpdate();
                LOG.log(Level.WARNING, "Outbox message {0} not sent (attempt {1}, {2}); next try in {3} min",
                        id, attempts, e.getClass().getSimpleName(), backoff);
            }
        }
        return sent;
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.auth", String.valueOf(username.isPresent()));
        return Session.getInstance(properties);
    }

    private void send(Session session, String recipient, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        if (username.isPresent()) {
            Transport.send(message, username.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }
}
