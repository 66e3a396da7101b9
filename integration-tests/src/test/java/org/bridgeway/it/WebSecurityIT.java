package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real EAR over HTTP: URL rules, login, cookies, headers, the API's answers and /health. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {

    private static final String DEMO_PASSWORD = "it-demo-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @ArquillianResource
    URL base;

    private WebClient client() throws Exception {
        return new WebClient(base.toURI());
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> response = client().get("partners/partners.xhtml");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
        assertThat(client().get("admin/accounts.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void signingInGivesANewSessionIdAndASafeCookie() throws Exception {
        WebClient client = client();
        HttpResponse<String> loginPage = client.get("login.xhtml");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        String before = client.sessionId();
        assertThat(loginPage.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        HttpResponse<String> signedIn = client.signIn("coordinator", DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(client.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(client.get("partners/partners.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPageWithAMessage() throws Exception {
        HttpResponse<String> response = client().signIn("coordinator", "not-the-password");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("The user name or password is not right");
    }

    @Test
    void youthGetsNotFoundForTheAdminAreaAndThePartnerPages() throws Exception {
        WebClient youth = client();
        assertThat(youth.signIn("youth", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        for (String page : new String[] {"admin/accounts.xhtml", "partners/partners.xhtml", "partners/partner.xhtml?id=1"}) {
            HttpResponse<String> response = youth.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(404);
            assertThat(response.body()).as(page).contains("Page not found").doesNotContain(".java:");
        }
    }

    @Test
    void anUnknownPartnerIdIsNotFoundEvenForACoordinator() throws Exception {
        WebClient coordinator = client();
        coordinator.signIn("coordinator", DEMO_PASSWORD);
        HttpResponse<String> response = coordinator.get("partners/partner.xhtml?id=987654321");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain(".java:");
    }

    @Test
    void thePartnerApiAnswersWithJsonForEveryCase() throws Exception {
        WebClient client = client();
        HttpResponse<String> anonymous = client.get("api/partners");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"error\"");

        HttpResponse<String> youth = client.getWithBasic("api/partners", "youth", DEMO_PASSWORD);
        assertThat(youth.statusCode()).isEqualTo(403);
        assertThat(youth.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(youth.body()).contains("error.accessDenied");

        HttpResponse<String> ok = client.getWithBasic("api/partners?size=5", "recruiter", DEMO_PASSWORD);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"rows\"").contains("\"total\"");

        for (String badSize : new String[] {"0", "-3", "100000", "abc"}) {
            HttpResponse<String> bad = client.getWithBasic("api/partners?size=" + badSize, "recruiter", DEMO_PASSWORD);
            assertThat(bad.statusCode()).as(badSize).isEqualTo(400);
            assertThat(bad.body()).as(badSize).contains("error.page.size").doesNotContain(".java:");
        }
        HttpResponse<String> badType = client.getWithBasic("api/partners?type=NOPE", "recruiter", DEMO_PASSWORD);
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(client.getWithBasic("api/partners/987654321", "recruiter", DEMO_PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = client().get("login.xhtml");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"))
                .anySatisfy(csp -> assertThat(csp).as("PrimeFaces' script nonce").containsPattern("script-src[^;]*'nonce-"));
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        URI root = base.toURI().resolve("/health");
        HttpResponse<String> health = new WebClient(root).get(root.toString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("bridgeway-database").contains("UP");
    }
}
