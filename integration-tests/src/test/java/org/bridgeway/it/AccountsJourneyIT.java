package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator creates an account with a temporary password; its owner must choose a new one. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsJourneyIT {

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

    private void open(String path) {
        Browser.open(driver, base, path);
    }

    private void signIn(String username, String password) {
        Browser.signIn(driver, base, username, password);
    }

    private void signOut() {
        driver.findElement(By.id("signOutForm:signOut")).click();
        Browser.settle(driver);
    }

    /** On the accounts list: finds the account through the table filter and opens it. */
    private void openAccount(String username) {
        driver.findElement(By.id("accountsForm:accounts:username:filter")).sendKeys(username);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            Browser.settle(d);
            return d.findElements(By.linkText(username)).size() == 1;
        });
        driver.findElement(By.linkText(username)).click();
        Browser.settle(driver);
    }

    /** As admin: creates a mentor account with a temporary password, then signs out. */
    private void createAccount(String username, String email, String temporaryPassword) {
        signIn("admin", "it-demo-password");
        open("admin/accounts.xhtml");
        driver.findElement(By.id("newAccount")).click();
        Browser.settle(driver);
        driver.findElement(By.id("accountForm:username")).sendKeys(username);
        driver.findElement(By.id("accountForm:displayName")).sendKeys("Officer Warsame");
        driver.findElement(By.id("accountForm:email")).sendKeys(email);
        driver.findElement(By.xpath("//label[normalize-space()='Mentor']")).click();
        driver.findElement(By.id("accountForm:temporaryPassword")).sendKeys(temporaryPassword);
        driver.findElement(By.id("accountForm:save")).click();
        Browser.settle(driver);
        assertThat(driver.getCurrentUrl()).as(() -> driver.findElement(By.tagName("main")).getText())
                .contains("/admin/accounts.xhtml");
        expectMessage(username);
        signOut();
    }

    @Test
    void aForgottenPasswordIsResetThroughAnEmailedSingleUseLink() throws Exception {
        driver = Browser.start(1280, 900);
        String username = "reset-" + UUID.randomUUID().toString().substring(0, 6);
        String email = username + "@example.org";
        createAccount(username, email, "Temporary-Pass-1");

        open("login.xhtml");
        driver.findElement(By.id("loginForm:forgotPassword")).click();
        Browser.settle(driver);
        driver.findElement(By.id("requestForm:identifier")).sendKeys(username);
        driver.findElement(By.id("requestForm:send")).click();
        Browser.settle(driver);
        expectMessage("If an account matches");

        // The outbox timer sends within 15 s; the link is read from the real (GreenMail) inbox.
        var deadline = java.time.Instant.now().plusSeconds(60);
        jakarta.mail.internet.MimeMessage[] received;
        while ((received = TestEnvironment.mail().getReceivedMessagesForDomain(email)).length == 0) {
            assertThat(java.time.Instant.now()).as("mail arrived in time").isBefore(deadline);
            Thread.sleep(500);
        }
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(received[0]);
        var link = java.util.regex.Pattern.compile("https?://\\S+token=[A-Za-z0-9_-]+").matcher(body);
        assertThat(link.find()).as(body).isTrue();

        driver.get(link.group());
        Browser.settle(driver);
        driver.findElement(By.id("resetForm:newPassword")).sendKeys("Reset-Pass-2026");
        driver.findElement(By.id("resetForm:repeat")).sendKeys("Reset-Pass-2026");
        driver.findElement(By.id("resetForm:save")).click();
        // The click starts a navigation: wait for it to land rather than reading the old page's address.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("/login.xhtml"));
        Browser.settle(driver);
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");

        signIn(username, "Reset-Pass-2026");
        assertThat(driver.getCurrentUrl()).contains("/index.xhtml");
        signOut();

        driver.get(link.group());
        Browser.settle(driver);
        driver.findElement(By.id("resetForm:newPassword")).sendKeys("Another-Pass-2026");
        driver.findElement(By.id("resetForm:repeat")).sendKeys("Another-Pass-2026");
        driver.findElement(By.id("resetForm:save")).click();
        Browser.settle(driver);
        expectMessage("not valid any more");
        Browser.assertNoSeriousViolations(driver, "password reset");
    }

    @Test
    void aNewAccountMustChangeItsTemporaryPasswordAndCanBeDisabled() {
        driver = Browser.start(1280, 900);
        String username = "mentor-" + UUID.randomUUID().toString().substring(0, 6);

        createAccount(username, "warsame@example.org", "Temporary-Pass-1");

        signIn(username, "Temporary-Pass-1");
        assertThat(driver.getCurrentUrl()).contains("/account/password.xhtml");
        open("index.xhtml");
        assertThat(driver.getCurrentUrl()).as("the gate keeps a temporary password on the change page")
                .contains("/account/password.xhtml");
        Browser.type(driver, "passwordForm:current", "Temporary-Pass-1");
        Browser.type(driver, "passwordForm:newPassword", "Chosen-Pass-2026");
        Browser.type(driver, "passwordForm:repeat", "Chosen-Pass-2026");
        driver.findElement(By.id("passwordForm:change")).click();
        Browser.settle(driver);
        assertThat(driver.getCurrentUrl()).as(() -> driver.findElement(By.tagName("main")).getText())
                .contains("/index.xhtml");
        open("partners/partners.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("a mentor may not see partners")
                .isEqualTo("Page not found");
        signOut();

        signIn("admin", "it-demo-password");
        open("admin/accounts.xhtml");
        openAccount(username);
        driver.findElement(By.id("accountForm:toggleEnabled")).click();
        Browser.settle(driver);
        expectMessage(username);
        signOut();

        signIn(username, "Chosen-Pass-2026");
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
        expectMessage("not right");

        // The disabled account's person is erased after a confirmation; the account is gone from the list.
        signIn("admin", "it-demo-password");
        open("admin/accounts.xhtml");
        openAccount(username);
        driver.findElement(By.id("accountForm:erase")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id("accountForm:confirmYes"))).click();
        Browser.settle(driver);
        expectMessage("erased");
        driver.findElement(By.id("accountsForm:accounts:username:filter")).sendKeys(username);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            Browser.settle(d);
            return d.findElements(By.cssSelector("[id='accountsForm:accounts_data'] tr.ui-datatable-empty-message")).size() == 1;
        });
    }

    @Test
    void theAuditScreenFindsSignInsAndPassesAxe() {
        driver = Browser.start(1280, 900);
        signIn("admin", "it-demo-password");
        open("admin/audit.xhtml");
        Browser.assertNoSeriousViolations(driver, "audit trail");
        driver.findElement(By.id("auditForm:actor")).sendKeys("anonymous");
        driver.findElement(By.id("auditForm:search")).click();
        Browser.settle(driver);
        driver.findElement(By.id("auditForm:actor")).clear();
        driver.findElement(By.id("auditForm:search")).click();
        Browser.settle(driver);
        var rows = driver.findElements(By.cssSelector("[id='auditForm:entries_data'] tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getText()).as("people appear by account number, never by name").contains("account:");
        assertThat(driver.findElement(By.id("auditForm:entries_data")).getText()).contains("Signed in");
        Browser.assertNoSeriousViolations(driver, "audit trail with results");
        Browser.screenshot(driver, "audit");
    }

    @Test
    void aYouthCannotOpenTheAuditTrail() {
        driver = Browser.start(1280, 900);
        signIn("youth", "it-demo-password");
        open("admin/audit.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }

    /**
     * Waits until the page-wide messages say this: a click that submits replaces the page, so the text is read
     * again (never from the old page) until it appears or 15 s pass.
     */
    private void expectMessage(String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains(text));
    }
}
