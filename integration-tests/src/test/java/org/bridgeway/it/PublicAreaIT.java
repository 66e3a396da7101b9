package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public area over plain HTTP, as a visitor's browser would use it: no session cookie on any public page; a
 * youth form from a partner's link becomes an Explorer applicant attributed to that partner; markup and
 * over-long input are refused with a message in the visitor's language; what is stored is shown escaped; past the
 * hourly bar the form answers 429.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicAreaIT {

    private static final String DEMO_PASSWORD = "it-demo-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void publicPagesOpenNoSession() throws Exception {
        var visitor = new WebClient(base.toURI());
        for (String page : List.of("public/index.xhtml", "public/youth.xhtml?lang=so", "public/adult.xhtml?lang=es",
                "public/policies.xhtml", "public/thanks.xhtml")) {
            var response = visitor.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().allValues("set-cookie")).as(page + " cookies")
                    .noneMatch(c -> c.toUpperCase().startsWith("JSESSIONID"));
        }
        assertThat(visitor.get("public/youth.xhtml?lang=so").body()).contains("Foomka xiisaha Explorer")
                .doesNotContain("immigration status").doesNotContain("birthplace").doesNotContain("Country of birth");
    }

    @Test
    void aYouthFormFromAPartnerLinkBecomesAnAttributedLeadAndBadInputIsRefused() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long post;
        long partner;
        String code;
        try (Connection c = TestDatabase.connect()) {
            post = TestDatabase.number(c, "insert into explorer_post (name, created_at, updated_at) values (?, now(), now())"
                    + " returning id", "Public post " + suffix);
            TestDatabase.number(c, "insert into explorer_post_coordinator (post_id, account_id) select ?, id from account"
                    + " where username = 'coordinator' returning post_id", post);
            partner = TestDatabase.number(c, "insert into partner_organisation (name, type, active, created_at, updated_at)"
                    + " values (?, 'COMMUNITY_ORGANISATION', true, now(), now()) returning id", "Referring partner " + suffix);
            try (PreparedStatement s = c.prepareStatement("select referral_code from partner_organisation where id = ?")) {
                s.setLong(1, partner);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    code = rs.getString(1);
                }
            }
            clearRateLimit(c);
        }
        var visitor = new WebClient(base.toURI());
        String page = "public/youth.xhtml?lang=so&ref=" + code;

        // Markup in a name: refused, in Somali, and nothing is stored.
        var refused = visitor.submit(page, youth("<script>alert(1)</script>", "Warsame" + suffix, post));
        String refusedPage = new String(refused.body(), StandardCharsets.UTF_8);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refusedPage).contains("Halkan ha isticmaalin xarfaha").doesNotContain("<script>alert(1)");
        var tooLong = visitor.submit(page, youth("Hodan", "W".repeat(81), post));
        assertThat(new String(tooLong.body(), StandardCharsets.UTF_8)).contains("80");
        assertThat(countSubmissions("Warsame" + suffix)).isZero();

        // A name with quotes and an ampersand is fine, stored as typed and shown escaped.
        var accepted = visitor.submit(page, youth("Ha'o & \"Hodan\"", "Warsame" + suffix, post));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("location").orElseThrow()).contains("thanks.xhtml?lang=so");
        assertThat(accepted.headers().allValues("set-cookie")).noneMatch(c -> c.toUpperCase().startsWith("JSESSIONID"));
        assertThat(visitor.get("public/thanks.xhtml?lang=so").body()).contains("Waan helnay foomkaaga");

        long participant;
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select partner_id, lead_type, lead_id, given_name from public_submission where family_name = ?")) {
            s.setString(1, "Warsame" + suffix);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).as("attributed to the partner of the link").isEqualTo(partner);
                assertThat(rs.getString(2)).isEqualTo("EXPLORER_PARTICIPANT");
                participant = rs.getLong(3);
                assertThat(rs.getString(4)).isEqualTo("Ha'o & \"Hodan\"");
            }
        }
        // The post's coordinator sees the lead, the name escaped in the page.
        var coordinator = new WebClient(base.toURI());
        coordinator.signIn("coordinator", DEMO_PASSWORD);
        var record = coordinator.get("explorer/participant.xhtml?id=" + participant);
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).contains("Warsame" + suffix).contains("&amp; &quot;Hodan&quot;")
                .doesNotContain("& \"Hodan\"");
    }

    @Test
    void pastTheHourlyBarTheFormAnswers429() throws Exception {
        try (Connection c = TestDatabase.connect()) {
            clearRateLimit(c);
        }
        try {
            var visitor = new WebClient(base.toURI());
            Map<String, String> empty = youth("", "", 0);
            int status = 0;
            for (int i = 0; i < 10; i++) { // the default bar: 10 an hour
                status = visitor.submit("public/youth.xhtml", empty).statusCode();
                assertThat(status).as("attempt " + (i + 1)).isEqualTo(200);
            }
            assertThat(visitor.submit("public/youth.xhtml", empty).statusCode()).isEqualTo(429);
        } finally {
            try (Connection c = TestDatabase.connect()) {
                clearRateLimit(c); // the other tests and journeys share this address
            }
        }
    }

    private static Map<String, String> youth(String given, String family, long post) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("youthForm", "youthForm");
        form.put("lang", "so");
        form.put("givenName", given);
        form.put("familyName", family);
        form.put("birthDate", LocalDate.now().minusYears(16).toString());
        form.put("email", "youth" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        form.put("phone", "");
        form.put("post", post == 0 ? "" : String.valueOf(post));
        form.put("guardianName", "Amina Warsame");
        form.put("guardianPhone", "+1 612 555 0111");
        form.put("guardianEmail", "");
        form.put("message", "");
        form.put("website", "");
        form.put("send", "Dir");
        return form;
    }

    private static void clearRateLimit(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("delete from login_throttle where throttle_key like 'public-form:%'")) {
            s.executeUpdate();
        }
    }

    private static long countSubmissions(String familyName) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from public_submission where family_name = ?")) {
            s.setString(1, familyName);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
