package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.bridgeway.shared.mail.MailOutbox;
import org.bridgeway.shared.mail.MailTemplate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox inside Payara, sending to a real SMTP server (GreenMail), read back over IMAP. */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(MailOutboxIT.class, Inbox.class);
    }

    @Inject
    MailOutbox outbox;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    @Test
    void twoConcurrentSendersDeliverTheMessageOnce() throws Exception {
        String recipient = "once-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        outbox.enqueue(recipient, "so", MailTemplate.PASSWORD_RESET, "Hodan", "https://example.org/reset?token=x");

        var start = new CountDownLatch(1);
        List<Future<Integer>> senders = List.of(
                executor.submit(() -> {
                    start.await();
                    return outbox.sendDue(50);
                }),
                executor.submit(() -> {
                    start.await();
                    return outbox.sendDue(50);
                }));
        start.countDown();
        for (Future<Integer> sender : senders) {
            sender.get();
        }

        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select attempts, sent_at is not null, subject from mail_outbox where recipient = ?")) {
            ps.setString(1, recipient);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getBoolean(2)).isTrue();
                assertThat(rs.getString(3)).as("Somali template").startsWith("Dib u deji");
            }
        }
        assertThat(messagesIn(recipient)).isEqualTo(1);
    }

    @Test
    void aTextMissingInALanguageFallsBackToEnglish() throws Exception {
        String recipient = "fallback-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        outbox.enqueue(recipient, "fr", MailTemplate.PASSWORD_RESET, "Amina", "https://example.org/r");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select subject, body from mail_outbox where recipient = ?")) {
            ps.setString(1, recipient);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Reset your Bridgeway password");
                assertThat(rs.getString(2)).contains("Hello Amina").contains("https://example.org/r");
            }
        }
    }

    /** GreenMail creates a mailbox per recipient, with the address as login and password. */
    private static int messagesIn(String recipient) throws Exception {
        return Inbox.count(recipient);
    }
}
