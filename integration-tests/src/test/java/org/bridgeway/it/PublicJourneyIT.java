package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public area in real headless Chromium: a visitor opens a partner's link, fills the youth interest form in
 * Somali and sees the Somali confirmation; the post's coordinator finds the new applicant; an administrator
 * publishes a policy in Spanish and a Spanish-speaking visitor reads it. axe-core on every public page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicJourneyIT {

    private static final String DEMO_PASSWORD = "it-demo-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @ArquillianResource
    URL base;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aSomaliYouthSignsUpFromAPartnerLinkAndASpanishPolicyIsPublished() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String code;
        try (Connection c = TestDatabase.connect()) {
            long post = TestDatabase.number(c, "insert into explorer_post (name, created_at, updated_at) values (?, now(), now())"
                    + " returning id", "Cedar post " + suffix);
            TestDatabase.number(c, "insert into explorer_post_coordinator (post_id, account_id) select ?, id from account"
                    + " where username = 'coordinator' returning post_id", post);
            long partner = TestDatabase.number(c, "insert into partner_organisation (name, type, active, created_at,"
                    + " updated_at) values (?, 'COMMUNITY_ORGANISATION', true, now(), now()) returning id", "Partner " + suffix);
            try (PreparedStatement s = c.prepareStatement("select referral_code from partner_organisation where id = ?")) {
                s.setLong(1, partner);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    code = rs.getString(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("delete from login_throttle where throttle_key like 'public-form:%'")) {
                s.executeUpdate();
            }
        }

        driver = Browser.start(390, 844);
        Browser.open(driver, base, "public/index.xhtml?lang=so&ref=" + code);
        Browser.assertNoSeriousViolations(driver, "public start page in Somali");
        driver.findElement(By.id("toYouth")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("youth.xhtml"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Foomka xiisaha Explorer");
        assertThat(driver.findElement(By.id("privacy")).getText()).contains("socdaalka");
        Browser.assertNoSeriousViolations(driver, "youth form in Somali");
        Browser.type(driver, "givenName", "Hibaaq");
        Browser.type(driver, "familyName", "Cabdi" + suffix);
        var birth = driver.findElement(By.id("birthDate"));
        String born = LocalDate.now().minusYears(15).toString();
        // A native date field: set it as the browser's own picker would.
        driver.executeScript("arguments[0].value = arguments[1]", birth, born);
        Browser.type(driver, "email", "hibaaq." + suffix + "@example.org");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("post"))).selectByVisibleText("Cedar post " + suffix);
        Browser.type(driver, "guardianName", "Faadumo Cabdi");
        Browser.type(driver, "guardianPhone", "+1 612 555 0177");
        driver.findElement(By.id("send")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("thanks.xhtml"));
        assertThat(driver.findElement(By.id("confirmation")).getText()).contains("Waan helnay foomkaaga");
        Browser.assertNoSeriousViolations(driver, "confirmation in Somali");
        driver.quit();

        driver = Browser.start(1280, 900);
        Browser.signIn(driver, base, "coordinator", DEMO_PASSWORD);
        long lead;
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select lead_id from public_submission where family_name = ? and lead_type = 'EXPLORER_PARTICIPANT'")) {
            s.setString(1, "Cabdi" + suffix);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the submission became an Explorer applicant").isTrue();
                lead = rs.getLong(1);
            }
        }
        Browser.open(driver, base, "explorer/participant.xhtml?id=" + lead);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Hibaaq");
        assertThat(driver.getPageSource()).contains("Faadumo Cabdi");
        driver.quit();

        driver = Browser.start(1280, 900);
        Browser.signIn(driver, base, "admin", DEMO_PASSWORD);
        Browser.open(driver, base, "admin/policies.xhtml");
        Browser.type(driver, "policyForm:slug", "non-inquiry-" + suffix);
        Browser.choose(driver, "policyForm:language", "Español");
        Browser.type(driver, "policyForm:title", "Política de no indagación migratoria " + suffix);
        Browser.type(driver, "policyForm:body", "Los oficiales no preguntan por el estatus migratorio.");
        driver.findElement(By.id("policyForm:publish")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("version 1"));
        Browser.assertNoSeriousViolations(driver, "policy administration");
        driver.quit();

        driver = Browser.start(1280, 900);
        Browser.open(driver, base, "public/policies.xhtml?lang=es");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Política de no indagación migratoria " + suffix)
                .contains("Los oficiales no preguntan por el estatus migratorio.");
        Browser.assertNoSeriousViolations(driver, "public policies in Spanish");
        Browser.open(driver, base, "public/adult.xhtml?lang=en");
        Browser.assertNoSeriousViolations(driver, "adult form");
    }
}
