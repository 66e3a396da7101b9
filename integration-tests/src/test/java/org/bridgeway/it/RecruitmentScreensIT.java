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
 * Who reaches which recruitment screen: each role sees its own and gets "not found" for the others (never a hint
 * that a screen exists); an applicant id that does not exist is not found; the self-identification link page
 * opens without signing in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecruitmentScreensIT {

    private static final String DEMO_PASSWORD = "it-demo-password";
    private static final List<String> SCREENS = List.of("recruitment/board.xhtml", "recruitment/applicant.xhtml",
            "recruitment/import.xhtml", "recruitment/sessions.xhtml", "recruitment/reports.xhtml",
            "recruitment/partner.xhtml", "recruitment/process.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void eachRoleReachesItsOwnRecruitmentScreensAndNothingElse() throws Exception {
        Map<String, List<String>> allowed = Map.of(
                "recruiter", List.of("recruitment/board.xhtml", "recruitment/applicant.xhtml", "recruitment/import.xhtml",
                        "recruitment/sessions.xhtml", "recruitment/reports.xhtml"),
                "investigator", List.of("recruitment/board.xhtml", "recruitment/applicant.xhtml",
                        "recruitment/sessions.xhtml"),
                "command", List.of("recruitment/reports.xhtml"),
                "partner", List.of(),
                "youth", List.of(),
                "admin", List.of("recruitment/board.xhtml", "recruitment/applicant.xhtml", "recruitment/import.xhtml",
                        "recruitment/sessions.xhtml", "recruitment/reports.xhtml", "recruitment/process.xhtml"));
        for (var entry : allowed.entrySet()) {
            var client = new WebClient(base.toURI());
            client.signIn(entry.getKey(), DEMO_PASSWORD);
            for (String screen : SCREENS) {
                int expected = entry.getValue().contains(screen) ? 200 : 404;
                if (screen.equals("recruitment/partner.xhtml") && entry.getKey().equals("partner")) {
                    // The demo partner account is linked to no organisation in the tests: not found, by design.
                    expected = 404;
                }
                assertThat(client.get(screen).statusCode()).as(entry.getKey() + " " + screen).isEqualTo(expected);
            }
        }
        var recruiter = new WebClient(base.toURI());
        recruiter.signIn("recruiter", DEMO_PASSWORD);
        assertThat(recruiter.get("recruitment/applicant.xhtml?id=" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
        assertThat(recruiter.get("recruitment/merge.xhtml?keep=" + Long.MAX_VALUE + "&merge=1").statusCode()).isEqualTo(404);

        var anonymous = new WebClient(base.toURI());
        var page = anonymous.get("self-identification.xhtml?token=unknown");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("This link has been used or has expired").doesNotContain("selfIdForm");
    }
}
