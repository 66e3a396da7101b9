package org.bridgeway.it;

import java.nio.file.Path;
import org.bridgeway.devserver.Database;
import org.bridgeway.devserver.PayaraServer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Brings up what the suite needs before Arquillian starts Payara: a fresh real PostgreSQL on the test port, and
 * a Payara domain with its own port base. Arquillian starts and stops that domain; this stops PostgreSQL.
 */
public class TestEnvironment implements LauncherSessionListener {

    private Database database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String payaraHome = System.getProperty("payara.home");
        if (payaraHome == null) {
            return; // not the failsafe run (e.g. an IDE compiling tests)
        }
        try {
            database = Database.startEmbedded(Path.of(System.getProperty("bridgeway.it.dataDir")),
                    Integer.getInteger("bridgeway.it.dbPort"), true);
            new PayaraServer(Path.of(payaraHome), "bridgeway-it", Integer.getInteger("bridgeway.it.portBase"))
                    .createDomainIfMissing();
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare PostgreSQL and Payara for the tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("Could not stop the test PostgreSQL: " + e.getMessage());
            }
        }
    }
}
