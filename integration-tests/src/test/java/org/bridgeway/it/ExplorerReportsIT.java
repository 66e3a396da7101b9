package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Report downloads over HTTP: aggregate tables with small cells suppressed, audited, never a person per row. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExplorerReportsIT {

    private static final String DEMO_PASSWORD = "it-demo-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorDownloadsSuppressedAggregatesAsCsvAndXlsx() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long exportsBefore;
        try (Connection c = TestDatabase.connect()) {
            long post = TestDatabase.number(c, "insert into explorer_post (name, created_at, updated_at) values (?, now(), now())"
                    + " returning id", "Report post " + suffix);
            TestDatabase.number(c, "insert into explorer_post_coordinator (post_id, account_id) select ?, id from account"
                    + " where username = 'coordinator' returning post_id", post);
            // Seven Somali speakers and two Spanish speakers: the 2 must be hidden, and so must a partner cell.
            for (int i = 0; i < 9; i++) {
                TestDatabase.number(c, "insert into explorer_participant (post_id, given_name, family_name, birth_date,"
                        + " preferred_language, gender, source, status, status_changed_at, created_at, updated_at)"
                        + " values (?, 'Report', ?, current_date - interval '16 years', ?, 'FEMALE', 'WALK_IN',"
                        + " 'ACTIVE', now(), now(), now()) returning id", post, "Reportee" + suffix + i,
                        i < 7 ? "so" : "es");
            }
            exportsBefore = TestDatabase.number(c, "select count(*) from audit_event where kind = 'EXPORT'");
        }
        var coordinator = new WebClient(base.toURI());
        coordinator.signIn("coordinator", DEMO_PASSWORD);

        var csv = coordinator.submit("explorer/reports.xhtml", Map.of("reportsForm", "reportsForm",
                "reportsForm:reports:2:csv", ""));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElse("")).startsWith("Preferred language,Female");
        assertThat(text).contains("Spanish,<5").contains("<5").doesNotContain("Reportee").doesNotContain("Report ");
        assertThat(text.lines().filter(l -> l.startsWith("Spanish")).findFirst().orElse(""))
                .doesNotContain(",2,").doesNotContain(",2");

        var xlsx = coordinator.submit("explorer/reports.xhtml", Map.of("reportsForm", "reportsForm",
                "reportsForm:reports:2:xlsx", ""));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        try (Connection c = TestDatabase.connect()) {
            assertThat(TestDatabase.number(c, "select count(*) from audit_event where kind = 'EXPORT'")).isEqualTo(exportsBefore + 2);
        }
    }


}
