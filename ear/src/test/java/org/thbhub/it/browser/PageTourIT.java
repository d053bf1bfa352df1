package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.thbhub.it.Api.User;

/**
 * Every page, for the roles that use it, loaded with an empty cache: what it transfers (all of it,
 * API answers included) stays under 300 KB, axe-core finds no serious or critical violation, and a
 * screenshot is saved. The timings go to target/browser/page-loads.csv (docs/benchmarks.md); they
 * are reported, not asserted.
 */
@ExtendWith(ArquillianExtension.class)
class PageTourIT {

    static final long BUDGET_BYTES = 300 * 1024;

    @Test
    void everyPageLoadsUnderItsBudgetAndHasNoSeriousAccessibilityViolation() {
        String tag = Files2.tag();
        String submission =
                Seed.accepted(
                        User.RAPPORTEUR_AUT,
                        Files2.statCsv(
                                "aut-tour-" + tag + ".csv",
                                tag,
                                "AUT,VICT,_T,_T,_T,_T,_T,2021,61,P,F",
                                "AUT,VICT,F,_T,_T,_T,_T,2021,40",
                                "AUT,VICT,M,_T,_T,_T,_T,2021,21"));
        List<String> over = new ArrayList<>();
        try (Browser b = new Browser("en")) {
            b.clearCache();
            visit(b, "sign-in", "/sign-in", "Sign in", over);

            b.signIn(User.RAPPORTEUR_AUT);
            visit(b, "home-rapporteur", "/", "Welcome, rapporteur-aut", over);
            visit(b, "deliver", "/deliver", "Deliver data", over);
            visit(b, "history-rapporteur", "/history", "History", over);
            visit(
                    b,
                    "submission-rapporteur",
                    "/submissions/" + submission,
                    "Submission aut-tour-" + tag + ".csv",
                    over);
            visit(b, "data-rapporteur", "/data", "Our data", over);
            visit(b, "not-found", "/coverage", "Not found", over);
            visit(b, "releases-rapporteur", "/releases?year=2021", "Releases", over);
            b.driver
                    .findElement(By.cssSelector("button[aria-label='Submit: Austria 2021']"))
                    .click();
            b.until(
                    "AUT 2021 submitted",
                    () -> b.text(By.cssSelector("[role=status]")).contains("SUBMITTED"));
            b.button("Sign out").click();
            b.until("the sign-in page", () -> b.driver.getCurrentUrl().contains("/sign-in"));

            b.signIn(User.GOVERNMENT_AUT);
            visit(b, "home-government", "/", "Welcome, government-aut", over);
            visit(b, "history-government", "/history", "History", over);
            b.button("Sign out").click();
            b.until("the sign-in page", () -> b.driver.getCurrentUrl().contains("/sign-in"));

            b.signIn(User.ANALYST);
            visit(b, "home-analyst", "/", "Welcome, analyst", over);
            visit(b, "data-analyst", "/data?country=AUT", "Our data", over);
            visit(b, "coverage-analyst", "/coverage", "Coverage", over);
            visit(b, "reports-analyst", "/reports", "Reports", over);
            visit(b, "import", "/import", "UNODC import", over);
            visit(b, "history-analyst", "/history", "History", over);
            visit(b, "releases-analyst", "/releases?year=2021", "Releases", over);
            assertThat(b.text(By.xpath("//tr[th[normalize-space(.)='Austria (AUT)']]")))
                    .contains("SUBMITTED")
                    .contains("rapporteur-aut");
            b.driver
                    .findElement(By.cssSelector("button[aria-label='Approve: Austria 2021']"))
                    .click();
            b.until(
                    "AUT 2021 approved",
                    () -> b.text(By.cssSelector("[role=status]")).contains("APPROVED"));
            b.button("Sign out").click();
            b.until("the sign-in page", () -> b.driver.getCurrentUrl().contains("/sign-in"));

            b.signIn(User.ADMIN);
            visit(b, "home-admin", "/", "Welcome, admin", over);
            visit(b, "audit", "/audit", "Audit log", over);
            assertThat(b.driver.findElements(By.cssSelector("main tbody tr"))).isNotEmpty();
            b.open("/audit?action=LOGIN_FAILED");
            assertThat(b.driver.findElements(By.cssSelector("main tbody tr td:nth-child(3)")))
                    .allSatisfy(td -> assertThat(td.getText()).isEqualTo("LOGIN_FAILED"));
        }
        assertThat(over).as("pages over " + BUDGET_BYTES + " bytes").isEmpty();
    }

    private static void visit(
            Browser b, String name, String path, String heading, List<String> over) {
        b.clearCache();
        b.open(path);
        assertThat(b.heading()).as(path).isEqualTo(heading);
        Browser.PageLoad load = b.measure(name);
        if (load.transferredBytes() > BUDGET_BYTES) {
            over.add(name + ": " + load.transferredBytes());
        }
        b.screenshot(name);
        b.assertAccessible(name);
    }
}
