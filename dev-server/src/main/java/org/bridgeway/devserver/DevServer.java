package org.bridgeway.devserver;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./mvnw -Prun package}: starts PostgreSQL (embedded unless BRIDGEWAY_DB_URL is set) and a Payara Server
 * domain on BRIDGEWAY_PORT_BASE, deploys the EAR, waits until the login page answers, prints the URL and the
 * demo accounts, and stops everything on Ctrl-C or on any failure while starting.
 */
public final class DevServer {

    /** Only the dev run has a default password; it is printed, and production never sets it. */
    static final String DEMO_PASSWORD = "bridgeway-demo";
    static final List<String> DEMO_ACCOUNTS = List.of("admin", "coordinator", "recruiter", "mentor", "youth",
            "investigator", "command", "partner", "liaison");

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int portBase = Integer.parseInt(env("BRIDGEWAY_PORT_BASE", "28000"));
        Path payaraHome = Path.of(System.getProperty("bridgeway.payara.home"));
        Path ear = Path.of(System.getProperty("bridgeway.ear"));
        Path dataDir = Path.of(System.getProperty("bridgeway.dev.data"), "postgres");

        PayaraServer payara = new PayaraServer(payaraHome, "bridgeway-dev", portBase);
        Database database = null;
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            database = Database.startOrConnect(dataDir, portBase + 32);
            Database db = database;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("Stopping Payara and PostgreSQL ...");
                payara.undeploy("bridgeway");
                payara.stop();
                closeQuietly(db);
                stopped.countDown();
            }, "bridgeway-dev-shutdown"));

            Map<String, String> environment = new HashMap<>();
            environment.put("BRIDGEWAY_DB_URL", database.url());
            environment.put("BRIDGEWAY_DB_USER", database.user());
            environment.put("BRIDGEWAY_DB_PASSWORD", database.password());
            environment.put("BRIDGEWAY_DEMO_PASSWORD", DEMO_PASSWORD);
            environment.put("BRIDGEWAY_DEMO_EXPLORER", "true");
            environment.put("BRIDGEWAY_DEMO_RECRUITMENT", "true");
            environment.put("BRIDGEWAY_DEMO_COMMUNITY", "true");
            environment.put("BRIDGEWAY_PROTECTED_KEYS", protectedKeys(dataDir.getParent()));

            payara.createDomainIfMissing();
            payara.start(environment);
            deployExtensions(payara);
            payara.deploy(ear, "bridgeway");
            URI url = URI.create("http://localhost:" + payara.httpPort() + "/bridgeway/");
            PayaraServer.awaitAnswer(url.resolve("login.xhtml"), Duration.ofMinutes(3));

            System.out.printf("%n================ Bridgeway is running ================%n");
            System.out.printf("URL:       %s%n", url);
            System.out.printf("Admin:     http://localhost:%d/ (user admin, no password)%n", payara.adminPort());
            System.out.printf("Database:  %s%s%n", database.url(), database.isEmbedded() ? " (embedded)" : "");
            System.out.printf("Demo accounts (password '%s'): %s%n", DEMO_PASSWORD, String.join(", ", DEMO_ACCOUNTS));
            System.out.printf("Ready in %.1f s. Press Ctrl-C to stop everything.%n",
                    (System.nanoTime() - started) / 1e9);
            System.out.printf("======================================================%n");
        } catch (Exception | Error e) {
            System.err.println("Bridgeway did not start: " + e.getMessage());
            payara.stop();
            closeQuietly(database);
            throw e;
        }
        stopped.await();
    }

    /**
     * The key ring for protected values: the environment's if set, otherwise a random dev key made once and
     * kept beside the dev database (never committed), so values written in one run read in the next.
     */
    private static String protectedKeys(Path devData) throws java.io.IOException {
        String configured = System.getenv("BRIDGEWAY_PROTECTED_KEYS");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = devData.resolve("protected-keys");
        if (!java.nio.file.Files.exists(file)) {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            java.nio.file.Files.createDirectories(devData);
            java.nio.file.Files.writeString(file, "dev1:" + java.util.Base64.getEncoder().encodeToString(key));
        }
        return java.nio.file.Files.readString(file).strip();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void closeQuietly(Database database) {
        if (database == null) {
            return;
        }
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("Could not stop PostgreSQL: " + e.getMessage());
        }
    }

    /** The extension API bundle, then the example extensions, as an agency would deploy its own (docs/extensions.md). */
    private static void deployExtensions(PayaraServer payara) throws java.io.IOException, InterruptedException {
        String directory = System.getProperty("bridgeway.extensions");
        if (directory == null) {
            return;
        }
        Path extensions = Path.of(directory);
        payara.deployBundle(extensions.resolve("bridgeway-extension-api.jar"), "bridgeway-extension-api", 10);
        payara.deployBundle(extensions.resolve("bridgeway-extension-residence-rule.jar"),
                "bridgeway-extension-residence-rule", 20);
        payara.deployBundle(extensions.resolve("bridgeway-extension-certification-check.jar"),
                "bridgeway-extension-certification-check", 20);
        System.out.println("Extension bundles deployed: API 1.0, residence-area rule, state-certification check.");
    }
}
