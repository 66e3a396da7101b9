package org.bridgeway.it;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./mvnw verify -Pbench}: generates partners (default 10,000; -Dbridgeway.bench.partners=100000) straight
 * into the test database, then measures the partner list page and the API as a signed-in coordinator.
 * A benchmark, not a test: it prints figures (and writes target/bench-results.txt) and asserts nothing about
 * time. Never part of the default build.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerListBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 200;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void partnerListLatency() throws Exception {
        int partners = Integer.getInteger("bridgeway.bench.partners", 10_000);
        long generated = generate(partners);

        var client = new WebClient(base.toURI());
        client.signIn("coordinator", "it-demo-password");
        List<String> report = new ArrayList<>();
        report.add("partners in the database: " + generated);
        report.add(measure(client, "list page, first page", "partners/partners.xhtml"));
        report.add(measure(client, "API, first page of 20", "api/partners?size=20"));
        report.add(measure(client, "API, page 400 of 20 (deep offset)", "api/partners?size=20&offset=8000"));
        report.add(measure(client, "API, name contains 'alliance 12'", "api/partners?size=20&name=alliance%2012"));
        report.add(measure(client, "API, language = so, type = SCHOOL", "api/partners?size=20&language=so&type=SCHOOL"));
        report.add("Payara server RSS after the runs: " + payaraRssMegabytes() + " MB");
        report.forEach(System.out::println);
        Files.write(Path.of("target", "bench-results.txt"), report);
    }

    private static String measure(WebClient client, String label, String path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            check(client.get(path).statusCode(), path);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            check(client.get(path).statusCode(), path);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return String.format("%-40s median %6.1f ms   p95 %6.1f ms   (n=%d)", label, millis.get(MEASURED / 2),
                millis.get(MEASURED * 95 / 100), MEASURED);
    }

    private static void check(int status, String path) {
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
    }

    /** Realistic-looking partners generated in SQL: names, all types, one to three languages each. */
    private static long generate(int count) throws Exception {
        String url = "jdbc:postgresql://localhost:" + Integer.getInteger("bridgeway.it.dbPort") + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("""
                    insert into partner_organisation (name, type, contact_name, contact_phone, contact_email, active,
                                                      created_at, updated_at)
                    select (array['Community alliance','Faith council','Youth center','Parents association',
                                  'Business network','School district'])[1 + i % 6] || ' ' || i,
                           (array['COMMUNITY_ORGANISATION','FAITH_GROUP','ADVOCACY_GROUP','BUSINESS','SCHOOL',
                                  'GOVERNMENT','OTHER'])[1 + i % 7],
                           'Contact ' || i, '+1 612 555 ' || lpad((i % 10000)::text, 4, '0'),
                           'contact' || i || '@example.org', i % 10 <> 0, now(), now()
                      from generate_series(1, COUNT) as i""".replace("COUNT", String.valueOf(count)));
            s.execute("""
                    insert into partner_language (partner_id, position, language)
                    select p.id, l.position, l.language
                      from partner_organisation p
                      cross join lateral (values (0, (array['so','es','am','ar','om'])[1 + p.id % 5]),
                                                 (1, 'en')) as l(position, language)""");
            s.execute("analyze partner_organisation; analyze partner_language");
            var rs = s.executeQuery("select count(*) from partner_organisation");
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String payaraRssMegabytes() {
        try {
            Path pidFile = Path.of(System.getProperty("payara.home"), "glassfish/domains/bridgeway-it/config/pid");
            String pid = Files.readString(pidFile).strip();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }
}
