package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who reaches which community screen: liaisons their work, command staff the dashboards only, the people who hold
 * interviews and sessions the language-access log, everyone else "not found"; unknown ids are not found; the
 * anonymous survey opens without signing in and sets no session cookie.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommunityScreensIT {

    private static final String DEMO_PASSWORD = "it-demo-password";
    private static final List<String> SCREENS = List.of("community/outreach.xhtml", "community/events.xhtml",
            "community/alliances.xhtml", "community/areas.xhtml", "community/academy.xhtml",
            "community/concerns.xhtml", "community/language-report.xhtml", "community/language-access.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void eachRoleReachesItsOwnCommunityScreensAndNothingElse() throws Exception {
        List<String> reports = List.of("community/concerns.xhtml", "community/language-report.xhtml");
        Map<String, List<String>> allowed = Map.of(
                "liaison", SCREENS,
                "admin", SCREENS,
                "command", reports,
                "recruiter", List.of("community/language-access.xhtml"),
                "mentor", List.of("community/language-access.xhtml"),
                "coordinator", List.of("community/language-access.xhtml"),
                "youth", List.of(),
                "partner", List.of());
        for (var entry : allowed.entrySet()) {
            var client = new WebClient(base.toURI());
            client.signIn(entry.getKey(), DEMO_PASSWORD);
            for (String screen : SCREENS) {
                int expected = entry.getValue().contains(screen) ? 200 : 404;
                assertThat(client.get(screen).statusCode()).as(entry.getKey() + " " + screen).isEqualTo(expected);
            }
        }
        var liaison = new WebClient(base.toURI());
        liaison.signIn("liaison", DEMO_PASSWORD);
        for (String page : List.of("community/cohort.xhtml", "community/event.xhtml", "community/alliance.xhtml")) {
            assertThat(liaison.get(page + "?id=" + Long.MAX_VALUE).statusCode()).as(page).isEqualTo(404);
        }

        // A liaison keeps a partner's leaders and contacts on the partner's page; a recruiter sees no such section.
        long partner;
        try (var c = TestDatabase.connect()) {
            partner = TestDatabase.number(c, "insert into partner_organisation (name, type, active, created_at, updated_at)"
                    + " values ('Screens partner ' || gen_random_uuid(), 'OTHER', true, now(), now()) returning id");
        }
        assertThat(liaison.get("partners/partner.xhtml?id=" + partner).body()).contains("Leaders and contacts");
        var recruiter = new WebClient(base.toURI());
        recruiter.signIn("recruiter", DEMO_PASSWORD);
        assertThat(recruiter.get("partners/partner.xhtml?id=" + partner).body()).doesNotContain("Leaders and contacts");

        // Extensions (admin area): administrators see the installed example bundles; nobody else sees the screen.
        var admin = new WebClient(base.toURI());
        admin.signIn("admin", DEMO_PASSWORD);
        var extensionsPage = admin.get("admin/extensions.xhtml");
        assertThat(extensionsPage.statusCode()).isEqualTo(200);
        assertThat(extensionsPage.body()).contains("residence-area").contains("state-certification")
                .contains("org.bridgeway.extension.residencerule");
        assertThat(liaison.get("admin/extensions.xhtml").statusCode()).isEqualTo(404);

        var anonymous = new WebClient(base.toURI());
        var survey = anonymous.get("public/survey.xhtml?lang=so");
        assertThat(survey.statusCode()).isEqualTo(200);
        assertThat(survey.headers().allValues("set-cookie")).noneMatch(c -> c.toUpperCase().startsWith("JSESSIONID"));
        // Signed out: sent to sign in, not shown the page.
        assertThat(anonymous.get("community/outreach.xhtml").statusCode()).isEqualTo(302);
    }
}
