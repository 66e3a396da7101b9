package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A coordinator's journey through the partner list in real headless Chromium, on a desktop and a phone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerJourneyIT {

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

    private void open(String path) {
        Browser.open(driver, base, path);
    }

    private void signIn(String username) {
        Browser.signIn(driver, base, username, DEMO_PASSWORD);
    }

    private void choose(String menuId, String label) {
        Browser.choose(driver, menuId, label);
    }

    private List<String> partnerNames() {
        return driver.findElements(By.cssSelector("[id='partnersForm:partners_data'] td:first-child a"))
                .stream().map(WebElement::getText).toList();
    }

    @Test
    void coordinatorCreatesFindsAndReadsPartnersInSomali() throws Exception {
        driver = Browser.start(1280, 900);
        open("login.xhtml");
        Browser.assertNoSeriousViolations(driver, "login");
        signIn("coordinator");

        open("partners/partners.xhtml");
        String name = "Somali Community Center " + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("newPartner")).click();
        Browser.settle(driver);

        driver.findElement(By.id("partnerForm:name")).sendKeys(name);
        choose("partnerForm:type", "Community organisation");
        driver.findElement(By.id("partnerForm:contactName")).sendKeys("Hodan Ali");
        driver.findElement(By.id("partnerForm:contactEmail")).sendKeys("hodan@example.org");
        driver.findElement(By.id("partnerForm:save")).click();
        Browser.settle(driver);
        Browser.screenshot(driver, "partner-saved");
        assertThat(driver.getCurrentUrl()).as(() -> driver.findElement(By.tagName("main")).getText())
                .contains("/partners/partners.xhtml");
        assertThat(driver.findElement(By.id("messages")).getText()).contains(name);

        WebElement nameFilter = driver.findElement(By.id("partnersForm:partners:name:filter"));
        nameFilter.sendKeys(name.substring(name.length() - 6));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            Browser.settle(d);
            return partnerNames().equals(List.of(name));
        });
        Browser.assertNoSeriousViolations(driver, "partner list");
        Browser.screenshot(driver, "partners-en");

        choose("language", "Soomaali");
        Properties somali = Browser.messages("_so");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(somali.getProperty("partners.title"));
        assertThat(driver.findElement(By.id("partnersForm:partners:type")).getText())
                .contains(somali.getProperty("partners.column.type"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("so");
        Browser.screenshot(driver, "partners-so");

        driver.findElement(By.id("signOutForm:signOut")).click();
        // The sign-out is a full-page post: wait for the redirect, not for the old page to look settled.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/login.xhtml"));
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
        open("partners/partners.xhtml");
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");

        // The language is saved on the account: the next sign-in is in Somali again.
        signIn("coordinator");
        open("partners/partners.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(somali.getProperty("partners.title"));
        choose("language", "English");
    }

    @Test
    void badInputShowsTranslatedMessagesOnTheFieldsAndSavesNothing() throws Exception {
        driver = Browser.start(1280, 900);
        signIn("recruiter");
        Properties english = Browser.messages("");

        open("partners/partner.xhtml");
        driver.findElement(By.id("partnerForm:save")).click();
        Browser.settle(driver);
        assertThat(driver.findElement(By.id("partnerForm:nameMessage"))
                .getText()).isEqualTo(english.getProperty("partner.name.required"));

        String tooLong = "Long " + UUID.randomUUID() + "x".repeat(200);
        driver.findElement(By.id("partnerForm:name")).sendKeys(tooLong);
        choose("partnerForm:type", "School");
        driver.findElement(By.id("partnerForm:contactEmail")).sendKeys("not-an-email");
        driver.findElement(By.id("partnerForm:save")).click();
        Browser.settle(driver);

        String page = driver.findElement(By.id("partnerForm")).getText();
        assertThat(page).contains("200").contains("name@example.org");
        assertThat(driver.getCurrentUrl()).contains("/partners/partner.xhtml");
        assertThat(driver.findElement(By.id("partnerForm:contactEmail")).getAttribute("value")).isEqualTo("not-an-email");

        open("partners/partners.xhtml");
        driver.findElement(By.id("partnersForm:partners:name:filter")).sendKeys(tooLong.substring(5, 41));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            Browser.settle(d);
            return driver.findElements(By.cssSelector("[id='partnersForm:partners_data'] tr.ui-datatable-empty-message")).size() == 1;
        });
        assertThat(partnerNames()).isEmpty();
    }

    @Test
    void thePartnerListWorksOnA360PixelPhone() throws Exception {
        driver = Browser.start(360, 780);
        signIn("coordinator");
        open("partners/partners.xhtml");
        Browser.screenshot(driver, "partners-360");
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow in px at 360 px").isLessThanOrEqualTo(0);
        assertThat(driver.findElement(By.id("newPartner")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("partnersForm:partners")).isDisplayed()).isTrue();
        Browser.assertNoSeriousViolations(driver, "partner list at 360 px");

        driver.findElement(By.id("partnersForm:partners:name:filter")).sendKeys("no partner has this name");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            Browser.settle(d);
            return d.findElements(By.cssSelector("[id='partnersForm:partners_data'] tr.ui-datatable-empty-message")).size() == 1;
        });
        long overflowAfterFilter = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflowAfterFilter).isLessThanOrEqualTo(0);
    }
}
