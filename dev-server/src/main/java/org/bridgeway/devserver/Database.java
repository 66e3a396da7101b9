package org.bridgeway.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL the application talks to during a dev run or a test run: the one named by
 * BRIDGEWAY_DB_URL/_USER/_PASSWORD when set, otherwise a real PostgreSQL started from Maven Central binaries.
 */
public final class Database implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String url;
    private final String user;
    private final String password;

    private Database(EmbeddedPostgres embedded, String url, String user, String password) {
        this.embedded = embedded;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Uses BRIDGEWAY_DB_URL when it is set; otherwise starts an embedded server keeping its data in dataDir. */
    public static Database startOrConnect(Path dataDir, int port) throws IOException {
        String externalUrl = System.getenv("BRIDGEWAY_DB_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            return new Database(null, externalUrl, System.getenv("BRIDGEWAY_DB_USER"),
                    System.getenv("BRIDGEWAY_DB_PASSWORD"));
        }
        return startEmbedded(dataDir, port, false);
    }

    /** Starts a real PostgreSQL on the given port; clean = wipe the data directory first. */
    public static Database startEmbedded(Path dataDir, int port, boolean clean) throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                .setPort(port)
                .setServerConfig("max_connections", "120")
                .start();
        return new Database(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password == null ? "" : password;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
