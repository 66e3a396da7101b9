package org.bridgeway.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import org.bridgeway.devserver.Database;
import org.bridgeway.devserver.PayaraServer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Brings up what the suite needs before Arquillian starts Payara: a fresh real PostgreSQL on the test port, a
 * real mail server (GreenMail: SMTP and IMAP) and a Payara domain with its own port base. Arquillian starts and
 * stops that domain; this stops PostgreSQL and the mail server.
 */
public class TestEnvironment implements LauncherSessionListener {

    private static volatile GreenMail mail;

    private Database database;

    /** The SMTP/IMAP server the application sends to during the tests. */
    static GreenMail mail() {
        return mail;
    }

    /** Starts (or restarts, after a test stopped it to simulate an outage) the test mail server. */
    static synchronized void startMail() {
        var smtp = new ServerSetup(Integer.getInteger("bridgeway.it.smtpPort"), null, ServerSetup.PROTOCOL_SMTP);
        var imap = new ServerSetup(Integer.getInteger("bridgeway.it.imapPort"), null, ServerSetup.PROTOCOL_IMAP);
        mail = new GreenMail(new ServerSetup[] {smtp, imap});
        mail.start();
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String payaraHome = System.getProperty("payara.home");
        if (payaraHome == null) {
            return; // not the failsafe run (e.g. an IDE compiling tests)
        }
        try {
            database = Database.startEmbedded(Path.of(System.getProperty("bridgeway.it.dataDir")),
                    Integer.getInteger("bridgeway.it.dbPort"), true);
            var payara = new PayaraServer(Path.of(payaraHome), "bridgeway-it", Integer.getInteger("bridgeway.it.portBase"));
            payara.createDomainIfMissing();
            deployExtensions(payara);
            startMail();
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare PostgreSQL and Payara for the tests", e);
        }
    }

    /**
     * The extension API bundle has to be active before the EAR deploys, as in production: the domain is started
     * once, the API and example bundles are deployed into its Felix (they stay deployed), and it is stopped again
     * for Arquillian to start.
     */
    private static void deployExtensions(PayaraServer payara) throws Exception {
        Path extensions = Path.of(System.getProperty("bridgeway.it.extensions", "target/extensions"));
        if (!java.nio.file.Files.isDirectory(extensions)) {
            return;
        }
        payara.start(java.util.Map.of());
        try {
            payara.deployBundle(extensions.resolve("bridgeway-extension-api.jar"), "bridgeway-extension-api", 10);
            payara.deployBundle(extensions.resolve("bridgeway-extension-residence-rule.jar"),
                    "bridgeway-extension-residence-rule", 20);
            payara.deployBundle(extensions.resolve("bridgeway-extension-certification-check.jar"),
                    "bridgeway-extension-certification-check", 20);
        } finally {
            payara.stop();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("Could not stop the test PostgreSQL: " + e.getMessage());
            }
        }
    }
}
