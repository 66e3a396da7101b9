package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Explorer journey in real headless Chromium: a coordinator enrols a 15-year-old with a guardian, records
 * the signed consent, starts the membership and takes a cohort's attendance on a phone; the youth signs in,
 * switches to Somali and sees their schedule and hours at 360 px. Every page is checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExplorerJourneyIT {

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

    /** What the administrator set up before: a post run by the demo coordinator, a cohort, two activities. */
    private record Setup(long post, String postName, long cohort, String cohortName, long pastActivity, String pastTitle,
            String futureTitle) {
    }

    @Test
    void aCoordinatorEnrolsAndTakesAttendanceAndTheYouthSeesTheirScheduleInSomali() throws Exception {
        Setup setup = setUp();
        String familyName = "Journey" + UUID.randomUUID().toString().substring(0, 6);

        driver = Browser.start(1280, 900);
        Browser.signIn(driver, base, "coordinator", DEMO_PASSWORD);
        Browser.open(driver, base, "explorer/participant.xhtml");
        Browser.assertNoSeriousViolations(driver, "enrol a participant");
        Browser.choose(driver, "participantForm:post", setup.postName());
        Browser.choose(driver, "participantForm:cohort", setup.cohortName());
        driver.findElement(By.id("participantForm:givenName")).sendKeys("Hodan");
        driver.findElement(By.id("participantForm:familyName")).sendKeys(familyName);
        type("participantForm:birthDate_input", LocalDate.now().minusYears(15).minusDays(40).toString());
        driver.findElement(By.id("participantForm:grade_input")).sendKeys("9", org.openqa.selenium.Keys.TAB);
        type("participantForm:guardians:0:gName", "Amina " + familyName);
        type("participantForm:guardians:0:gRelationship", "Mother");
        type("participantForm:guardians:0:gEmail", "amina@example.org");
        click("participantForm:save");
        assertThat(messages())
                .contains("Enrolled Hodan: eligibility was assessed.");
        assertThat(driver.findElement(By.id("currentStatus")).getText()).isEqualTo("Awaiting consent");
        Browser.assertNoSeriousViolations(driver, "participant page");

        // Activation before consent is refused with a translated reason, and nothing changes.
        click("lifecycleForm:activate");
        assertThat(messages()).contains("A parent or guardian must sign the participation consent first.");
        assertThat(driver.findElement(By.id("currentStatus")).getText()).isEqualTo("Awaiting consent");

        click("consentForm:recordConsent");
        assertThat(messages()).contains("Consent recorded.");
        assertThat(driver.findElement(By.id("consents")).getText()).contains("Amina " + familyName).contains("Yes");
        click("lifecycleForm:activate");
        assertThat(driver.findElement(By.id("currentStatus")).getText()).isEqualTo("Probation");
        driver.findElement(By.id("lifecycleForm:youthUsername")).sendKeys("youth");
        click("lifecycleForm:linkAccount");
        assertThat(messages()).contains("Account youth linked.");

        // Attendance for the cohort, on a phone.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 780));
        Browser.open(driver, base, "explorer/attendance.xhtml?activity=" + setup.pastActivity() + "&cohort=" + setup.cohort());
        Browser.screenshot(driver, "attendance-360");
        var rows = driver.findElements(By.cssSelector("[id='attendanceForm:sheet_data'] > tr"));
        assertThat(rows).hasSize(3);
        assertThat(driver.findElement(By.id("attendanceForm:sheet")).getText()).contains("Hodan " + familyName);
        // Touch: tap "Present" for our participant; the others by "mark the rest present".
        for (WebElement row : rows) {
            if (row.getText().contains(familyName)) {
                row.findElement(By.xpath(".//label[normalize-space()='Present']")).click();
            }
        }
        click("attendanceForm:allPresent");
        Browser.assertNoSeriousViolations(driver, "attendance at 360 px");
        assertNoHorizontalOverflow();
        click("attendanceForm:saveAttendance");
        // A full-page post: wait for the new page's message rather than read the old page mid-navigation.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("Attendance saved for 3 people."));
        assertThat(count("select count(*) from explorer_attendance where activity_id = ? and mark = 'PRESENT'",
                setup.pastActivity())).isEqualTo(3);
        driver.quit();

        // The youth, on their phone, in Somali.
        var somali = Browser.messages("_so");
        driver = Browser.start(360, 780);
        Browser.signIn(driver, base, "youth", DEMO_PASSWORD);
        Browser.choose(driver, "language", "Soomaali");
        Browser.open(driver, base, "my/explorer.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(somali.getProperty("my.explorer.title"));
        assertThat(driver.findElement(By.id("myStanding")).getText())
                .isEqualTo(somali.getProperty("ParticipantStatus.PROBATION"));
        assertThat(driver.findElement(By.id("hoursTotal")).getText()).isEqualTo("2.00");
        assertThat(driver.findElement(By.id("scheduleForm:upcoming")).getText()).contains(setup.futureTitle());
        assertThat(driver.findElement(By.id("attended")).getText()).contains(setup.pastTitle())
                .contains(somali.getProperty("AttendanceMark.PRESENT"));
        assertThat(driver.getPageSource()).doesNotContain("Amina").doesNotContain("Journey-Other");
        assertNoHorizontalOverflow();
        Browser.assertNoSeriousViolations(driver, "my explorer at 360 px in Somali");
        Browser.screenshot(driver, "my-explorer-so-360");

        // Staff pages are not found for a youth.
        Browser.open(driver, base, "explorer/participants.xhtml");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(familyName);
        Browser.open(driver, base, "my/explorer.xhtml");
        Browser.choose(driver, "language", "English"); // the demo account is shared with other tests
    }

    private void type(String id, String text) {
        Browser.type(driver, id, text);
    }

    private void click(String id) {
        driver.findElement(By.id(id)).click();
        Browser.settle(driver);
    }

    private String messages() {
        var found = driver.findElements(By.id("messages"));
        assertThat(found).as(() -> "a page with messages, not: " + driver.getPageSource()).isNotEmpty();
        return found.get(0).getText();
    }

    private void assertNoHorizontalOverflow() {
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow in px at 360 px").isLessThanOrEqualTo(0);
    }

    // ---- the administrator's set-up, straight into the database -----------------------------------------------


    private Setup setUp() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        try (Connection c = TestDatabase.connect()) {
            long post = TestDatabase.number(c, "insert into explorer_post (name, created_at, updated_at) values (?, now(), now())"
                    + " returning id", "Journey Post " + suffix);
            TestDatabase.number(c, "insert into explorer_post_coordinator (post_id, account_id)"
                    + " select ?, id from account where username = 'coordinator' returning post_id", post);
            String cohortName = "Fall " + suffix;
            long cohort = TestDatabase.number(c, "insert into explorer_cohort (post_id, name, starts_on, ends_on)"
                    + " values (?, ?, current_date - 30, current_date + 90) returning id", post, cohortName);
            for (String language : new String[] {"en", "so"}) {
                TestDatabase.number(c, "insert into consent_text (kind, language, version, title, body, published_at)"
                        + " values ('PARTICIPATION', ?, (select coalesce(max(version), 0) + 1 from consent_text"
                        + " where kind = 'PARTICIPATION' and language = ?), 'Participation', 'I agree.', now())"
                        + " returning id", language, language);
            }
            // Two members already in the cohort, so the sheet has more than one row.
            for (int i = 0; i < 2; i++) {
                TestDatabase.number(c, "insert into explorer_participant (post_id, cohort_id, given_name, family_name, birth_date,"
                        + " preferred_language, source, status, status_changed_at, member_since, created_at, updated_at)"
                        + " values (?, ?, 'Member', ?, current_date - interval '17 years', 'en', 'WALK_IN', 'ACTIVE',"
                        + " now(), current_date, now(), now()) returning id", post, cohort, "Journey-Other" + i);
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            String pastTitle = "Community clean-up " + suffix;
            long past = activity(c, post, cohort, pastTitle, now.minus(3, ChronoUnit.HOURS));
            String futureTitle = "Station tour " + suffix;
            activity(c, post, cohort, futureTitle, now.plus(3, ChronoUnit.DAYS));
            return new Setup(post, "Journey Post " + suffix, cohort, cohortName, past, pastTitle, futureTitle);
        }
    }

    private static long activity(Connection c, long post, long cohort, String title, Instant start) throws Exception {
        long id = TestDatabase.number(c, "insert into explorer_activity (post_id, kind, title, starts_at, ends_at, place,"
                + " hours_credited, created_at) values (?, 'COMMUNITY_SERVICE', ?, ?, ?, 'Riverside Park', 2, now())"
                + " returning id", post, title, Timestamp.from(start), Timestamp.from(start.plus(2, ChronoUnit.HOURS)));
        TestDatabase.number(c, "insert into explorer_activity_cohort (activity_id, cohort_id) values (?, ?) returning activity_id",
                id, cohort);
        return id;
    }


    private static long count(String sql, Object parameter) throws Exception {
        try (Connection c = TestDatabase.connect()) {
            return TestDatabase.number(c, sql, parameter);
        }
    }
}
