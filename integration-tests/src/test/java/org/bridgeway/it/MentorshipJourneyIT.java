package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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

/**
 * Mentorship in real headless Chromium: a coordinator accepts a suggested mentor, the mentor is refused a
 * private one-on-one with a minor and then schedules a weekly group session, and the youth sees the sessions in
 * Spanish in their calendar. axe-core on each page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MentorshipJourneyIT {

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
    void aCoordinatorMatchesTheMentorSchedulesSafelyAndTheYouthSeesItInSpanish() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String mentorName = "Mentor " + suffix;
        String youthName = "Lucia" + suffix;
        long participant;
        try (Connection c = TestDatabase.connect()) {
            long post = TestDatabase.number(c, "insert into explorer_post (name, created_at, updated_at) values (?, now(), now())"
                    + " returning id", "Mentoring post " + suffix);
            TestDatabase.number(c, "insert into explorer_post_coordinator (post_id, account_id) select ?, id from account"
                    + " where username = 'coordinator' returning post_id", post);
            // Accounts with the demo password (its hash copied), so the browser can sign in.
            long mentor = TestDatabase.number(c, "insert into account (username, display_name, password_hash, language)"
                    + " select ?, ?, password_hash, 'en' from account where username = 'mentor' returning id",
                    "mentor-" + suffix, mentorName);
            TestDatabase.number(c, "insert into account_role (account_id, role) values (?, 'MENTOR') returning account_id", mentor);
            TestDatabase.number(c, "insert into adult_screening (account_id, training_completed_on, training_expires_on,"
                    + " background_checked_on, background_check_expires_on, updated_at) values (?, current_date - 30,"
                    + " current_date + 365, current_date - 30, current_date + 700, now()) returning account_id", mentor);
            TestDatabase.number(c, "insert into mentor_profile (account_id, capacity, updated_at) values (?, 2, now()) returning account_id",
                    mentor);
            TestDatabase.number(c, "insert into mentor_language (account_id, position, language) values (?, 0, 'es') returning account_id",
                    mentor);
            long youth = TestDatabase.number(c, "insert into account (username, display_name, password_hash, language)"
                    + " select ?, 'Youth', password_hash, 'es' from account where username = 'youth' returning id",
                    "youth-" + suffix);
            TestDatabase.number(c, "insert into account_role (account_id, role) values (?, 'YOUTH') returning account_id", youth);
            participant = TestDatabase.number(c, "insert into explorer_participant (post_id, account_id, given_name, family_name,"
                    + " birth_date, preferred_language, source, status, status_changed_at, member_since, created_at,"
                    + " updated_at) values (?, ?, ?, 'Garcia', current_date - interval '16 years', 'es', 'WALK_IN',"
                    + " 'ACTIVE', now(), current_date, now(), now()) returning id", post, youth, youthName);
            TestDatabase.number(c, "insert into explorer_guardian (participant_id, position, name, relationship, phone,"
                    + " preferred_language, may_consent) values (?, 0, 'Rosa Garcia', 'Madre', '+1 612 555 0100', 'es',"
                    + " true) returning id", participant);
        }

        driver = Browser.start(1280, 900);
        Browser.signIn(driver, base, "coordinator", DEMO_PASSWORD);
        Browser.open(driver, base, "mentorship/match.xhtml?participant=" + participant);
        Browser.assertNoSeriousViolations(driver, "mentor matching");
        WebElement row = driver.findElements(By.cssSelector("[id='suggestionsForm:suggestions_data'] > tr")).stream()
                .filter(r -> r.getText().contains(mentorName)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("Speaks es");
        row.findElement(By.cssSelector("button[id$=':accept']")).click();
        Browser.settle(driver);
        assertThat(messages()).contains("The match is active.");
        assertThat(driver.findElement(By.id("matchesForm:matches")).getText()).contains(mentorName).contains("Active");
        driver.quit();

        driver = Browser.start(1280, 900);
        Browser.signIn(driver, base, "mentor-" + suffix, DEMO_PASSWORD);
        Browser.open(driver, base, "mentorship/mentor.xhtml");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(youthName).contains("Rosa Garcia")
                .doesNotContain("Garcia " + youthName);
        String start = LocalDateTime.now().plusDays(7).withHour(16).withMinute(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        Browser.choose(driver, "scheduleForm:match", youthName);
        typeDate("scheduleForm:start_input", start);
        Browser.choose(driver, "scheduleForm:kind", "In person, police station");
        click("scheduleForm:schedule");
        assertThat(messages()).contains("A private one-on-one with someone under 18 is not allowed");
        Browser.choose(driver, "scheduleForm:kind", "Group activity");
        Browser.choose(driver, "scheduleForm:repeat", "Every week");
        var occurrences = driver.findElement(By.id("scheduleForm:occurrences_input"));
        occurrences.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "3",
                org.openqa.selenium.Keys.TAB);
        click("scheduleForm:schedule");
        assertThat(messages()).contains("3 sessions scheduled.");
        Browser.assertNoSeriousViolations(driver, "mentor page");
        driver.quit();

        driver = Browser.start(1280, 900);
        Browser.signIn(driver, base, "youth-" + suffix, DEMO_PASSWORD);
        Browser.open(driver, base, "my/explorer.xhtml");
        assertThat(driver.findElement(By.id("sessions")).getText()).contains("Actividad en grupo");
        assertThat(driver.findElements(By.cssSelector("[id='sessions_data'] > tr"))).hasSize(3);
        assertThat(driver.findElement(By.id("calendar")).getText()).contains("Sesión de mentoría");
        Browser.assertNoSeriousViolations(driver, "my explorer with sessions, in Spanish");
        Browser.screenshot(driver, "youth-calendar-es");
        driver.quit();

        // The coordinator's posts calendar shows the series next week, with both names.
        driver = Browser.start(1280, 900);
        Browser.signIn(driver, base, "coordinator", DEMO_PASSWORD);
        Browser.open(driver, base, "mentorship/calendar.xhtml");
        driver.findElement(By.cssSelector("[id='calendarForm:calendar'] .fc-next-button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("calendarForm:calendar")).getText().contains(youthName));
        assertThat(driver.findElement(By.id("calendarForm:calendar")).getText())
                .contains(youthName + " with " + mentorName).contains("Group activity");
        Browser.assertNoSeriousViolations(driver, "posts calendar");
    }

    private void typeDate(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.click();
        input.sendKeys(text, org.openqa.selenium.Keys.ESCAPE);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                .until(d -> text.equals(d.findElement(By.id(id)).getAttribute("value")));
    }

    private void click(String id) {
        driver.findElement(By.id(id)).click();
        Browser.settle(driver);
    }

    private String messages() {
        return driver.findElement(By.id("messages")).getText();
    }


}
