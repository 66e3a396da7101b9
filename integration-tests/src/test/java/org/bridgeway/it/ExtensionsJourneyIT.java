package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.time.Duration;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: an administrator switches the example state-certification check on for the default hiring
 * template on the extensions screen; a recruiter moving an applicant without the certification on to the academy
 * sees the check's own message and the applicant stays. A coordinator working in Spanish enrols a young person in
 * a post with the example residence-area rule switched on: the home ZIP code is asked, the rule's reason shows in
 * Spanish, and after the ZIP code is corrected the participant is eligible. axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExtensionsJourneyIT {

    private static final String DEMO_PASSWORD = "it-demo-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @ArquillianResource
    URL base;

    private ChromeDriver driver;

    @AfterEach
    void quit() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        try (Connection c = TestDatabase.connect()) {
            TestDatabase.number(c, "with gone as (delete from extension_switch where rule_id = 'state-certification'"
                    + " returning 1) select count(*) from gone");
            TestDatabase.number(c, "with back as (update account set language = 'en' where username = 'coordinator'"
                    + " returning 1) select count(*) from back");
        }
    }

    private String textOf(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText());
    }

    @Test
    void anAdministratorSwitchesTheCheckOnAndARecruiterSeesItsMessage() throws Exception {
        String family = "Academy" + UUID.randomUUID().toString().substring(0, 6);
        long applicant;
        try (Connection c = TestDatabase.connect()) {
            applicant = TestDatabase.number(c, """
                    insert into applicant (given_name, family_name, email, email_key, preferred_language, source,
                                           template_id, current_step_id, step_entered_at, state, created_by,
                                           created_at, updated_at)
                    select 'Sahra', ?, ? || '@example.org', ? || '@example.org', 'en', 'WEBSITE', t.id,
                           (select id from hiring_step where template_id = t.id and code = 'psych-medical'),
                           now() - interval '3 days', 'ACTIVE', 'test', now() - interval '90 days', now()
                      from hiring_template t where t.is_default returning id""", family, family.toLowerCase(),
                    family.toLowerCase());
            TestDatabase.number(c, "insert into applicant_requirement (applicant_id, requirement, status) select ?, r,"
                    + " 'PENDING' from unnest(array['AGE', 'EDUCATION', 'RESIDENCY', 'STATE_CERTIFICATION']) r"
                    + " returning 1", applicant);
            TestDatabase.number(c, "insert into applicant_event (applicant_id, at, actor, kind, step_id, outcome)"
                    + " select ?, now() - interval '1 day', 'test', 'RESULT', current_step_id, 'PASS' from applicant"
                    + " where id = ? returning id", applicant, applicant);
        }
        driver = Browser.start(1280, 900);
        Browser.signIn(driver, base, "admin", DEMO_PASSWORD);
        Browser.open(driver, base, "admin/extensions.xhtml");
        Browser.assertNoSeriousViolations(driver, "extensions");
        assertThat(textOf("extensionsForm:extensions")).contains("residence-area").contains("state-certification");

        // The row of the certification check: its template menu, the default template ticked, saved.
        WebElement row = driver.findElement(By.xpath("//tr[.//strong[text()='state-certification']]"));
        String menu = row.findElement(By.cssSelector("div.ui-selectcheckboxmenu")).getAttribute("id");
        driver.findElement(By.id(menu)).click();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        By item = By.cssSelector("[id='" + menu + "_panel'] li.ui-selectcheckboxmenu-item .ui-chkbox-box");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        // Closed by a click outside it, as a person would.
        driver.findElement(By.tagName("h1")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menu + "_panel")));
        row = driver.findElement(By.xpath("//tr[.//strong[text()='state-certification']]"));
        row.findElement(By.cssSelector("button[id$=':save']")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("state-certification"));

        driver.manage().deleteAllCookies();
        Browser.signIn(driver, base, "recruiter", DEMO_PASSWORD);
        Browser.open(driver, base, "recruitment/applicant.xhtml?id=" + applicant);
        driver.findElement(By.id("stepForm:advance")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("refuses this move"));
        assertThat(textOf("messages")).contains("state-certification")
                .contains("The state certification (STATE_CERTIFICATION) must be on file before the academy.");
        Browser.assertNoSeriousViolations(driver, "applicant refused by an extension check");
        try (Connection c = TestDatabase.connect()) {
            assertThat(TestDatabase.number(c, "select count(*) from applicant a join hiring_step s"
                    + " on s.id = a.current_step_id where a.id = ? and s.code = 'psych-medical'", applicant)).isEqualTo(1);
        }
    }

    @Test
    void aCoordinatorSeesTheResidenceRulesReasonInSpanishAndTheParticipantIsEligibleOnceTheZipIsCorrected()
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String postName = "Cedar Post " + suffix;
        String family = "Zip" + suffix;
        long post;
        try (Connection c = TestDatabase.connect()) {
            post = TestDatabase.number(c, "insert into explorer_post (name, created_at, updated_at)"
                    + " values (?, now(), now()) returning id", postName);
            TestDatabase.number(c, "insert into explorer_post_coordinator (post_id, account_id)"
                    + " select ?, id from account where username = 'coordinator' returning post_id", post);
            TestDatabase.number(c, "insert into extension_switch (kind, rule_id, scope_id, enabled_by, enabled_at)"
                    + " values ('ELIGIBILITY_RULE', 'residence-area', ?, 'test', now()) returning scope_id", post);
        }
        var spanish = Browser.messages("_es");
        driver = Browser.start(1280, 900);
        Browser.signIn(driver, base, "coordinator", DEMO_PASSWORD);
        Browser.choose(driver, "language", "Español");
        Browser.open(driver, base, "explorer/participant.xhtml");
        Browser.choose(driver, "participantForm:post", postName);
        var wait = new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("participantForm:residenceZip")));
        Browser.type(driver, "participantForm:givenName", "Hodan");
        Browser.type(driver, "participantForm:familyName", family);
        Browser.type(driver, "participantForm:birthDate_input", java.time.LocalDate.now().minusYears(16).minusDays(20).toString());
        driver.findElement(By.id("participantForm:grade_input")).sendKeys("10", org.openqa.selenium.Keys.TAB);
        Browser.type(driver, "participantForm:residenceZip", "55101");
        Browser.type(driver, "participantForm:guardians:0:gName", "Amina " + family);
        Browser.type(driver, "participantForm:guardians:0:gRelationship", "Madre");
        Browser.type(driver, "participantForm:guardians:0:gEmail", "amina." + suffix + "@example.org");
        Browser.assertNoSeriousViolations(driver, "enrolment asking the home ZIP code");
        driver.findElement(By.id("participantForm:save")).click();
        wait.until(d -> d.getCurrentUrl().contains("participant.xhtml?id="));
        assertThat(textOf("currentStatus")).isEqualTo(spanish.getProperty("ParticipantStatus.INELIGIBLE"));
        assertThat(textOf("statusReason")).isEqualTo(spanish.getProperty("explorer.eligibility.agencyRule"));
        assertThat(textOf("agencyRules")).contains("residence-area")
                .contains(spanish.getProperty("explorer.agencyRules.notMet"))
                .contains("Este puesto es para jóvenes que viven en los códigos postales 55404, 55415, 55454.");
        Browser.assertNoSeriousViolations(driver, "participant refused by an agency rule");

        // The post's page counts those refused by an agency rule and decides again for them (the rule still says no).
        String participantPage = driver.getCurrentUrl();
        Browser.open(driver, base, "explorer/post.xhtml?id=" + post);
        assertThat(textOf("agencyRuleRefusals")).isEqualTo(spanish.getProperty("explorer.agencyRules.refusals")
                .replace("{0}", "1"));
        Browser.assertNoSeriousViolations(driver, "post with agency-rule refusals");
        driver.findElement(By.id("agencyRulesForm:reassessAll")).click();
        wait.until(d -> d.findElement(By.id("messages")).getText()
                .contains("Se decidió de nuevo para 1; 0 ahora cumplen los requisitos."));
        driver.get(participantPage);

        // A five-digit check on the form; then the right ZIP code: eligible, the rule met.
        var zip = driver.findElement(By.id("participantForm:residenceZip"));
        zip.clear();
        zip.sendKeys("5540");
        driver.findElement(By.id("participantForm:save")).click();
        wait.until(d -> d.findElement(By.id("participantForm:residenceZipMessage")).getText()
                .contains("cinco dígitos"));
        zip = driver.findElement(By.id("participantForm:residenceZip"));
        zip.clear();
        zip.sendKeys("55404");
        driver.findElement(By.id("participantForm:save")).click();
        wait.until(d -> d.findElement(By.id("currentStatus")).getText()
                .equals(spanish.getProperty("ParticipantStatus.AWAITING_CONSENT")));
        assertThat(textOf("agencyRules")).contains("residence-area")
                .contains(spanish.getProperty("explorer.agencyRules.met"));
        driver.findElement(By.id("reassessForm:reassess")).click();
        wait.until(d -> d.findElement(By.id("messages")).getText().contains("Se decidió de nuevo la elegibilidad"));
        try (Connection c = TestDatabase.connect()) {
            assertThat(TestDatabase.number(c, "select count(*) from explorer_rule_decision d join explorer_participant m"
                    + " on m.id = d.participant_id where m.family_name = ? and d.rule_id = 'residence-area'", family))
                    .as("enrolment, the post's decide-again, the corrected save, check again").isEqualTo(4);
        }
    }
}
