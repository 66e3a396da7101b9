package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox's timer against a mail server that is down and then back: the failed send is recorded with a
 * back-off, and the message goes out once the server answers again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailRetryIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @ArquillianResource
    URL base;

    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + Integer.getInteger("bridgeway.it.dbPort")
                + "/postgres", "postgres", "postgres");
    }

    private static Object[] row(String recipient) throws Exception {
        try (Connection c = database();
                PreparedStatement ps = c.prepareStatement(
                        "select attempts, last_error, sent_at is not null from mail_outbox where recipient = ?")) {
            ps.setString(1, recipient);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Object[] {rs.getInt(1), rs.getString(2), rs.getBoolean(3)};
            }
        }
    }

    private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + limit.toSeconds() + " s");
            }
            Thread.sleep(500);
        }
    }

    @Test
    void aFailedSendIsRetriedUntilTheServerAnswers() throws Exception {
        String recipient = "retry-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestEnvironment.mail().stop();
        try {
            try (Connection c = database();
                    PreparedStatement ps = c.prepareStatement("insert into mail_outbox (recipient, subject, body,"
                            + " created_at, send_after) values (?, 'Retry test', 'Body', now(), now())")) {
                ps.setString(1, recipient);
                ps.executeUpdate();
            }
            await(Duration.ofSeconds(45), () -> uncheckedAttempts(recipient) >= 1);
            Object[] failed = row(recipient);
            assertThat(failed[2]).as("not sent while the server is down").isEqualTo(false);
            assertThat((String) failed[1]).isNotBlank().doesNotContain(recipient);
        } finally {
            TestEnvironment.startMail();
        }
        try (Connection c = database();
                PreparedStatement ps = c.prepareStatement("update mail_outbox set send_after = now() where recipient = ?")) {
            ps.setString(1, recipient); // skip the back-off wait
            ps.executeUpdate();
        }
        await(Duration.ofSeconds(45), () -> TestEnvironment.mail().getReceivedMessagesForDomain(recipient).length == 1);
        Object[] sent = row(recipient);
        assertThat(sent[2]).isEqualTo(true);
        assertThat((Integer) sent[0]).isGreaterThanOrEqualTo(2);
    }

    private static int uncheckedAttempts(String recipient) {
        try {
            return (Integer) row(recipient)[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
