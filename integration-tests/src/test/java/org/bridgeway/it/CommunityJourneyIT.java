package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.shared.Hashes;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A liaison officer's day in headless Chromium: graduates an academy cohort and downloads a graduate's
 * certificate (a PDF with the name, in the graduate's language); logs an outreach contact with a concern and sees
 * it on the concerns dashboard; a participant answers the anonymous survey in Spanish. axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommunityJourneyIT {

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

    /** Waits (across the page being replaced by the response) until the page-wide messages say this. */
    private void expectMessage(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains(text));
    }

    /** The text of an element of the page as it is once it has settled (a stale element is looked up again). */
    private String textOf(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText());
    }

    @Test
    void aLiaisonGraduatesACohortDownloadsACertificateAndLogsAConcern() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String community = "Cedar-Riverside " + suffix;
        String code = "K7M" + suffix.toUpperCase().replaceAll("[^2-9A-HJ-NP-Z]", "X") + "Q";
        code = (code + "QQQQQQQQQQ").substring(0, 10);
        long cohort;
        try (Connection c = TestDatabase.connect()) {
            long course = TestDatabase.number(c, "insert into academy_course (name, session_count, attendance_bar)"
                    + " values (?, 9, 7) returning id", "Community Police Academy " + suffix);
            cohort = TestDatabase.number(c, "insert into academy_cohort (course_id, name, starts_on, session_count,"
                    + " attendance_bar) values (?, 'Spring', current_date - 70, 9, 7) returning id", course);
            TestDatabase.number(c, "insert into academy_session (cohort_id, number, held_on) select ?, n,"
                    + " current_date - 70 + (n - 1) * 7 from generate_series(1, 9) n returning 1", cohort);
            long amina = TestDatabase.number(c, "insert into academy_enrolment (cohort_id, given_name, family_name,"
                    + " preferred_language, enrolled_at) values (?, 'Amina', 'Warsame', 'so', now()) returning id", cohort);
            long luis = TestDatabase.number(c, "insert into academy_enrolment (cohort_id, given_name, family_name,"
                    + " preferred_language, enrolled_at) values (?, 'Luis', 'Ortega', 'es', now()) returning id", cohort);
            TestDatabase.number(c, "insert into academy_attendance (cohort_id, number, enrolment_id, present)"
                    + " select ?, n, ?, n <= 8 from generate_series(1, 9) n returning 1", cohort, amina);
            TestDatabase.number(c, "insert into academy_attendance (cohort_id, number, enrolment_id, present)"
                    + " select ?, n, ?, n <= 6 from generate_series(1, 9) n returning 1", cohort, luis);
            TestDatabase.number(c, "insert into academy_survey_code (code_hash, cohort_id) values (?, ?) returning 1",
                    Hashes.sha256Hex(code), cohort);
            TestDatabase.number(c, "insert into community_area (kind, name) values ('COMMUNITY', ?) returning id", community);
        }
        Path downloads = Files.createTempDirectory("bridgeway-downloads");
        driver = Browser.start(1280, 900);
        Browser.allowDownloads(driver, downloads);
        Browser.signIn(driver, base, "liaison", DEMO_PASSWORD);

        // Graduation at the bar: 8 of 9 graduates, 6 of 9 does not; only the graduate has a certificate.
        Browser.open(driver, base, "community/cohort.xhtml?id=" + cohort);
        Browser.assertNoSeriousViolations(driver, "academy cohort");
        // Texts with numbers filled in (not mangled by EL's String.replace picking replace(char, char)).
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Graduates attend at least 7 of 9 sessions.");
        assertThat(textOf("surveyCount")).isEqualTo("Answers so far: 0");
        driver.findElement(By.id("rosterForm:graduate")).click();
        Browser.settle(driver);
        expectMessage("1 graduated, 1 below the attendance bar");
        // Rows by family name: Ortega (6 of 9), then Warsame (8 of 9).
        assertThat(textOf("rosterForm:roster")).contains("Below the bar").contains("Graduate");
        assertThat(driver.findElements(By.id("rosterForm:roster:0:certificate"))).isEmpty();
        driver.findElement(By.id("rosterForm:roster:1:certificate")).click();
        String certificate = Pdfs.text(Browser.downloaded(downloads, ".pdf"));
        assertThat(certificate).contains("Amina Warsame").contains("Shahaadada Dhammaystirka").contains("8");

        Browser.open(driver, base, "community/academy.xhtml");
        Browser.assertNoSeriousViolations(driver, "academy");

        // An outreach contact with one concern, by topic only; the dashboard counts it for the community.
        Browser.open(driver, base, "community/outreach.xhtml");
        Browser.assertNoSeriousViolations(driver, "outreach log");
        Browser.choose(driver, "contactForm:community", community);
        Browser.type(driver, "contactForm:place", "Brian Coyle Center");
        driver.findElement(By.id("contactForm:addConcern")).click();
        Browser.settle(driver);
        Browser.choose(driver, "contactForm:concerns:0:topic", "Fear of immigration enforcement");
        Browser.type(driver, "contactForm:concerns:0:followUp", "Know-your-rights evening with the partner");
        driver.findElement(By.id("contactForm:save")).click();
        Browser.settle(driver);
        expectMessage("Contact saved with 1 concern(s).");

        Browser.open(driver, base, "community/concerns.xhtml");
        Browser.assertNoSeriousViolations(driver, "community concerns");
        assertThat(textOf("byAge")).contains(community).contains("0-7 days").contains("90+ days");
        assertThat(textOf("concernsForm:concerns"))
                .contains("Fear of immigration enforcement").contains(community);

        for (String page : new String[] {"community/events.xhtml", "community/alliances.xhtml",
                "community/areas.xhtml", "community/language-access.xhtml"}) {
            Browser.open(driver, base, page);
            Browser.assertNoSeriousViolations(driver, page);
        }

        // The survey, anonymous and in Spanish, with the code from a slip.
        Browser.open(driver, base, "public/survey.xhtml?lang=es");
        Browser.assertNoSeriousViolations(driver, "public survey in Spanish");
        Browser.type(driver, "code", code.substring(0, 5) + "-" + code.substring(5));
        for (var group : driver.findElements(By.cssSelector("table.rating"))) {
            group.findElements(By.cssSelector("input[type=radio]")).get(4).click();
        }
        driver.findElement(By.id("send")).click();
        Browser.settle(driver);
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("thanks.xhtml"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Gracias");
        try (Connection c = TestDatabase.connect()) {
            assertThat(TestDatabase.number(c, "select count(*) from academy_survey_answer where cohort_id = ?"
                    + " and overall = 5", cohort)).isEqualTo(1);
        }
    }
}
