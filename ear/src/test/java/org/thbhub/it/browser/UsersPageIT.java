package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.thbhub.it.Api.User;

/**
 * THB_AUTH=jdbc (the it-postgresql execution): the administrator manages a user on /thb-hub/users
 * (create, role and country, a new password, disable), and the user changes the own password on the
 * home page. Every change is proved by the user's own sign-in in a second browser.
 */
@ExtendWith(ArquillianExtension.class)
class UsersPageIT {

    @Test
    void anAdministratorCreatesChangesAndDisablesAUserWhoChangesTheOwnPassword() {
        String name = "clerk-" + Files2.tag().toLowerCase(java.util.Locale.ROOT);
        String first = "first-passw0rd-" + name;
        String own = "own-passw0rd-" + name;
        String reset = "reset-passw0rd-" + name;

        try (Browser admin = new Browser("en");
                Browser user = new Browser("en")) {
            admin.signIn(User.ADMIN);
            admin.link("Users").click();
            admin.waitReady();
            assertThat(admin.heading()).isEqualTo("Users");
            // a first load, measured like every other page's (docs/benchmarks.md)
            admin.clearCache();
            admin.open("/users");
            assertThat(admin.measure("users").transferredBytes()).isLessThan(300 * 1024);
            // a write that carries only what the browser adds by itself is refused: nothing
            // ambient for another site to ride on
            assertThat(
                            ((Number)
                                            admin.driver.executeAsyncScript(
                                                    "const done = arguments[arguments.length - 1];"
                                                            + " fetch('/thb-hub/api/v1/users', {method: 'POST',"
                                                            + " credentials: 'include', headers: {'X-Requested-With': 'thb-hub-pages', 'Content-Type':"
                                                            + " 'application/json'}, body: JSON.stringify({name:"
                                                            + " 'riding-' + Date.now(), role: 'admin', password:"
                                                            + " 'long-enough-passw0rd'})}).then(r => done(r.status))"
                                                            + ".catch(e => done(-1));"))
                                    .intValue())
                    .isEqualTo(401);

            // create: a rapporteur for Austria
            admin.field("User name").sendKeys(name);
            new Select(admin.field("Role")).selectByVisibleText("national rapporteur");
            new Select(admin.field("Country")).selectByValue("AUT");
            admin.field("Password").sendKeys(first);
            admin.button("Create user").click();
            admin.until(
                    "the created user's row",
                    () -> admin.text(By.tagName("main")).contains("Created " + name + "."));
            admin.waitReady();
            assertThat(row(admin, name).getText()).contains("enabled");
            assertThat(selected(admin, "Role: " + name)).isEqualTo("rapporteur");
            assertThat(selected(admin, "Country: " + name)).isEqualTo("AUT");
            admin.screenshot("users");
            admin.assertAccessible("users");

            // the user signs in and changes the own password on the home page
            signIn(user, name, first);
            assertThat(user.text(By.id("who"))).contains("national rapporteur").contains("AUT");
            user.field("Current password").sendKeys(first);
            user.field("New password").sendKeys(own);
            user.field("New password again").sendKeys(own);
            user.button("Change password").click();
            user.until(
                    "the password change to be confirmed",
                    () ->
                            user.text(By.tagName("main"))
                                    .contains("Your password has been changed."));
            user.screenshot("home-password-changed");
            user.assertAccessible("home with the password changed");
            // the pages go on with the new credential
            user.open("/history");
            assertThat(user.heading()).isNotEqualTo("Sign in");
            signOut(user);
            assertThat(refused(user, name, first)).as("the old password").isTrue();
            signIn(user, name, own);
            signOut(user);

            // role and country
            new Select(byLabel(admin, "Role: " + name)).selectByVisibleText("government reader");
            new Select(byLabel(admin, "Country: " + name)).selectByValue("DEU");
            byLabel(admin, "Save: " + name).click();
            admin.until(
                    "the change to be saved",
                    () -> admin.text(By.cssSelector("[role=status]")).contains("Saved " + name));
            admin.open("/users");
            assertThat(selected(admin, "Role: " + name)).isEqualTo("government");
            assertThat(selected(admin, "Country: " + name)).isEqualTo("DEU");
            signIn(user, name, own);
            assertThat(user.text(By.id("who"))).contains("government reader").contains("DEU");
            signOut(user);

            // the administrator sets a new password ("forgotten password")
            byLabel(admin, "New password: " + name).sendKeys(reset);
            byLabel(admin, "Set password: " + name).click();
            admin.until(
                    "the new password to be set",
                    () ->
                            admin.text(By.cssSelector("[role=status]"))
                                    .contains("New password set for " + name));
            assertThat(refused(user, name, own)).as("the password before the reset").isTrue();
            signIn(user, name, reset);
            signOut(user);

            // disable: the user can no longer sign in, with the right password either
            byLabel(admin, "Disable: " + name).click();
            admin.until(
                    "the user to show as disabled",
                    () -> admin.has(By.cssSelector("button[aria-label='Enable: " + name + "']")));
            admin.waitReady();
            assertThat(row(admin, name).getText()).contains("disabled");
            admin.screenshot("users-disabled");
            admin.assertAccessible("users with a disabled user");
            assertThat(refused(user, name, reset)).as("a disabled user").isTrue();
        }
    }

    private static void signOut(Browser b) {
        b.button("Sign out").click();
        b.until("the signed-out page", () -> b.driver.getCurrentUrl().contains("signedOut=1"));
        b.waitReady();
    }

    private static void signIn(Browser b, String name, String password) {
        b.open("/sign-in");
        b.field("User name").sendKeys(name);
        b.field("Password").sendKeys(password);
        b.button("Sign in").click();
        b.until(
                "the home page of " + name,
                () -> b.driver.getCurrentUrl().equals(Browser.PAGES + "/"));
        b.waitReady();
        assertThat(b.text(By.id("who"))).contains(name);
    }

    /** True when the sign-in page refuses the name and password (and stays). */
    private static boolean refused(Browser b, String name, String password) {
        b.open("/sign-in");
        b.field("User name").sendKeys(name);
        b.field("Password").sendKeys(password);
        b.button("Sign in").click();
        b.until(
                "the sign-in to be answered",
                () ->
                        b.text(By.tagName("main")).contains("The user name or password is wrong.")
                                || b.driver.getCurrentUrl().equals(Browser.PAGES + "/"));
        return b.driver.getCurrentUrl().startsWith(Browser.PAGES + "/sign-in")
                && b.js("return sessionStorage.getItem('thb.credential')", List.of()) == null;
    }

    private static WebElement byLabel(Browser b, String ariaLabel) {
        return b.driver.findElement(By.cssSelector("[aria-label='" + ariaLabel + "']"));
    }

    private static String selected(Browser b, String ariaLabel) {
        return new Select(byLabel(b, ariaLabel)).getFirstSelectedOption().getAttribute("value");
    }

    private static WebElement row(Browser b, String name) {
        return b.driver.findElement(By.xpath("//main//tr[th[normalize-space(.)='" + name + "']]"));
    }
}
