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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Recruitment in real headless Chromium: a recruiter adds applicants (one flagged as a likely duplicate), moves two
 * of them on the board at once, and reads the funnel chart; a Somali-speaking recruiter sees the same board in
 * Somali. axe-core on each page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecruitmentJourneyIT {

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
    void aRecruiterAddsApplicantsMovesTwoAtOnceAndReadsTheFunnelAlsoInSomali() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String somaliRecruiter = "recruiter-so-" + suffix;
        try (Connection c = TestDatabase.connect()) {
            long id = TestDatabase.number(c, "insert into account (username, display_name, password_hash, language)"
                    + " select ?, 'Recruiter so', password_hash, 'so' from account where username = 'recruiter' returning id",
                    somaliRecruiter);
            TestDatabase.number(c, "insert into account_role (account_id, role) values (?, 'RECRUITER') returning account_id", id);
        }

        driver = Browser.start(1280, 900);
        Browser.signIn(driver, base, "recruiter", DEMO_PASSWORD);
        String first = addApplicant("Ayaan" + suffix, "Hirsi", "ayaan." + suffix + "@example.org");
        assertThat(messages()).contains("was added to the pipeline");
        Browser.assertNoSeriousViolations(driver, "applicant page");
        addApplicant("Ayaan" + suffix, "Hirsi", "AYAAN." + suffix + "@Example.org");
        assertThat(messages()).contains("look like the same person");
        assertThat(driver.findElement(By.id("duplicates")).getText()).contains("same e-mail");
        assertThat(first).isNotBlank();

        // Interest cards from a partner's event: one bad line, imported as "valid rows only".
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("interest-cards", ".csv");
        java.nio.file.Files.writeString(csv, "given_name,family_name,email,language\n"
                + "Khadar" + suffix + ",Omar,khadar." + suffix + "@example.org,so\n"
                + "Broken" + suffix + ",Row,not-an-email,so\n"
                + "Sahra" + suffix + ",Ali,sahra." + suffix + "@example.org,so\n");
        Browser.open(driver, base, "recruitment/import.xhtml");
        Browser.choose(driver, "uploadForm:source", "Website");
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        driver.findElement(By.id("uploadForm:check")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.findElements(By.id("previewForm:problems")).isEmpty());
        assertThat(driver.findElement(By.id("counts")).getText()).contains("3 rows: 2 can be imported, 1 have a problem");
        assertThat(driver.findElement(By.id("previewForm:problems")).getText()).contains("3").contains("e-mail address");
        Browser.assertNoSeriousViolations(driver, "import preview");
        driver.findElements(By.cssSelector("[id='previewForm:mode'] input[type=radio]")).get(1).click();
        driver.findElement(By.id("previewForm:start")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.id("outcome")).getText()
                .contains("2 applicants were imported."));
        assertThat(driver.findElement(By.id("previewForm:bar")).getText()).contains("100");

        // Both new applicants are on the Interest column; choose them and move them together.
        Browser.open(driver, base, "recruitment/board.xhtml");
        Browser.assertNoSeriousViolations(driver, "board");
        for (String name : new String[] {"Ayaan" + suffix + " Hirsi", "Khadar" + suffix + " Omar"}) {
            WebElement card = driver.findElements(By.cssSelector(".board-card")).stream()
                    .filter(e -> e.getText().contains(name)).findFirst().orElseThrow();
            card.findElement(By.cssSelector("input[type=checkbox]")).click();
        }
        String interestBefore = driver.findElement(By.id("count-interest")).getText();
        driver.findElement(By.id("boardForm:advanceChosen")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.id("messages")).getText()
                .contains("moved to their next step"));
        assertThat(messages()).contains("2 moved to their next step");
        assertThat(Long.parseLong(driver.findElement(By.id("count-interest")).getText()))
                .isEqualTo(Long.parseLong(interestBefore) - 2);
        assertThat(driver.findElements(By.cssSelector(".board-column")).get(1).getText()).contains("Khadar" + suffix);

        // An oral board next week, planned on the sessions page.
        Browser.open(driver, base, "recruitment/sessions.xhtml");
        Browser.choose(driver, "sessionForm:step", "Oral board");
        String when = java.time.LocalDateTime.now().plusDays(7).withHour(9).withMinute(0)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        Browser.type(driver, "sessionForm:place", "Police HQ, room " + suffix);
        WebElement start = driver.findElement(By.id("sessionForm:start_input"));
        start.click();
        start.sendKeys(when, org.openqa.selenium.Keys.ESCAPE);
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> when.equals(
                d.findElement(By.id("sessionForm:start_input")).getAttribute("value")));
        driver.findElement(By.id("sessionForm:create")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.id("messages")).getText()
                .contains("The session is planned"));
        assertThat(driver.findElement(By.id("upcoming")).getText()).contains("Oral board").contains("room " + suffix);
        Browser.assertNoSeriousViolations(driver, "sessions");

        // The funnel: a chart and the same numbers as a table, nobody named.
        Browser.open(driver, base, "recruitment/reports.xhtml");
        assertThat(driver.findElements(By.cssSelector("[id='funnelChart'] canvas, #funnelChart canvas"))).isNotEmpty();
        assertThat(driver.findElement(By.id("conversions")).getText()).contains("Interest").contains("Application");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Khadar" + suffix);
        Browser.assertNoSeriousViolations(driver, "recruitment reports");
        driver.quit();

        driver = Browser.start(1280, 900);
        Browser.signIn(driver, base, somaliRecruiter, DEMO_PASSWORD);
        Browser.open(driver, base, "recruitment/board.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Looxa shaqaalaysiinta");
        assertThat(driver.findElement(By.id("boardForm:columns")).getText()).contains("Imtixaan qoraal ah")
                .contains("Khadar" + suffix);
        Browser.assertNoSeriousViolations(driver, "board in Somali");
        Browser.screenshot(driver, "recruitment-board-so");
        // The same screens in Somali: import, sessions, reports.
        Browser.open(driver, base, "recruitment/import.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Soo geli kaararka xiisaha");
        Browser.assertNoSeriousViolations(driver, "import in Somali");
        Browser.open(driver, base, "recruitment/sessions.xhtml");
        assertThat(driver.findElement(By.id("upcoming")).getText()).contains("Guddiga wareysiga").contains("room " + suffix);
        Browser.assertNoSeriousViolations(driver, "sessions in Somali");
        Browser.open(driver, base, "recruitment/reports.xhtml");
        assertThat(driver.findElement(By.id("conversions")).getText()).contains("Xiiso");
        Browser.assertNoSeriousViolations(driver, "reports in Somali");
    }

    /** Fills the new-applicant form and waits for the applicant's page; returns its URL. */
    private String addApplicant(String given, String family, String email) {
        Browser.open(driver, base, "recruitment/applicant.xhtml");
        Browser.type(driver, "applicantForm:givenName", given);
        Browser.type(driver, "applicantForm:familyName", family);
        Browser.type(driver, "applicantForm:email", email);
        String before = driver.getCurrentUrl();
        driver.findElement(By.id("applicantForm:save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().contains("id=")
                && !d.getCurrentUrl().equals(before));
        return driver.getCurrentUrl();
    }

    /** The page's messages; read again if the page was replaced while reading (a redirect finishing). */
    private String messages() {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText());
    }
}
