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
        driver.get(base.toString() + path);
        Browser.settle(driver);
    }

    private void signIn(String username, String password) {
        open("login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:signIn")).click();
        Browser.settle(driver);
    }

    private void signOut() {
        driver.findElement(By.id("signOutForm:signOut")).click();
        Browser.settle(driver);
    }

    @Test
    void aNewAccountMustChangeItsTemporaryPasswordAndCanBeDisabled() {
        driver = Browser.start(1280, 900);
        String username = "mentor-" + UUID.randomUUID().toString().substring(0, 6);

        signIn("admin", "it-demo-password");
        open("admin/accounts.xhtml");
        driver.findElement(By.id("newAccount")).click();
        Browser.settle(driver);
        driver.findElement(By.id("accountForm:username")).sendKeys(username);
        driver.findElement(By.id("accountForm:displayName")).sendKeys("Officer Warsame");
        driver.findElement(By.id("accountForm:email")).sendKeys("warsame@example.org");
        driver.findElement(By.xpath("//label[normalize-space()='Mentor']")).click();
        driver.findElement(By.id("accountForm:temporaryPassword")).sendKeys("Temporary-Pass-1");
        driver.findElement(By.id("accountForm:save")).click();
        Browser.settle(driver);
        assertThat(driver.getCurrentUrl()).as(() -> driver.findElement(By.tagName("main")).getText())
                .contains("/admin/accounts.xhtml");
        assertThat(driver.findElement(By.id("messages")).getText()).contains(username);
        signOut();

        signIn(username, "Temporary-Pass-1");
        assertThat(driver.getCurrentUrl()).contains("/account/password.xhtml");
        open("index.xhtml");
        assertThat(driver.getCurrentUrl()).as("the gate keeps a temporary password on the change page")
                .contains("/account/password.xhtml");
        driver.findElement(By.id("passwordForm:current")).sendKeys("Temporary-Pass-1");
        driver.findElement(By.id("passwordForm:newPassword")).sendKeys("Chosen-Pass-2026");
        driver.findElement(By.id("passwordForm:repeat")).sendKeys("Chosen-Pass-2026");
        driver.findElement(By.id("passwordForm:change")).click();
        Browser.settle(driver);
        assertThat(driver.getCurrentUrl()).contains("/index.xhtml");
        open("partners/partners.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("a mentor may not see partners")
                .isEqualTo("Page not found");
        signOut();

        signIn("admin", "it-demo-password");
        open("admin/accounts.xhtml");
        driver.findElement(By.id("accountsForm:accounts:username:filter")).sendKeys(username);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            Browser.settle(d);
            return d.findElements(By.linkText(username)).size() == 1;
        });
        driver.findElement(By.linkText(username)).click();
        Browser.settle(driver);
        driver.findElement(By.id("accountForm:toggleEnabled")).click();
        Browser.settle(driver);
        assertThat(driver.findElement(By.id("messages")).getText()).contains(username);
        signOut();

        signIn(username, "Chosen-Pass-2026");
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
        assertThat(driver.findElement(By.id("messages")).getText()).contains("not right");
    }

    @Test
    void theAuditScreenFindsSignInsAndPassesAxe() {
        driver = Browser.start(1280, 900);
        signIn("admin", "it-demo-password");
        open("admin/audit.xhtml");
        Browser.assertNoSeriousViolations(driver, "audit trail");
        driver.findElement(By.id("auditForm:actor")).sendKeys("admin");
        driver.findElement(By.id("auditForm:search")).click();
        Browser.settle(driver);
        var rows = driver.findElements(By.cssSelector("[id='auditForm:entries_data'] tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getText()).contains("admin");
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
}
