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
 * sees the check's own message and the applicant stays. axe-core on both pages.
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
}
