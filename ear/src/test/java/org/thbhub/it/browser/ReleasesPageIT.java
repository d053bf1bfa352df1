package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thbhub.it.Api;
import org.thbhub.it.Api.User;

/**
 * A year goes from received to published on the releases page alone (issue 12 item 5): the
 * rapporteur submits, the analyst returns it with a comment, the rapporteur submits again, the
 * analyst approves and publishes it at a release time typed in the page.
 */
@ExtendWith(ArquillianExtension.class)
class ReleasesPageIT {

    /** A reporting year of this class alone. */
    private static final int YEAR = 1984;

    private static final String NAME = "Austria " + YEAR;

    @Test
    void aYearIsSubmittedReturnedSubmittedApprovedAndPublishedThroughThePage() {
        String tag = Files2.tag();
        Seed.accepted(
                User.RAPPORTEUR_AUT,
                Files2.statCsv(
                        "aut-release-" + tag + ".csv",
                        tag,
                        "AUT,VICT,_T,_T,_T,_T,_T," + YEAR + ",12"));

        try (Browser b = new Browser("en")) {
            b.signIn(User.RAPPORTEUR_AUT);
            openReleases(b);
            assertThat(state(b)).isEqualTo("RECEIVED");
            input(b, "Comment").sendKeys("all of " + YEAR);
            step(b, "Submit", "SUBMITTED");
            signOut(b);

            b.signIn(User.ANALYST);
            openReleases(b);
            step(b, "Return", null);
            assertThat(b.text(By.cssSelector("[role=status]")))
                    .as("a return needs its reason")
                    .contains("Say why the year is returned.");
            assertThat(state(b)).isEqualTo("SUBMITTED");
            input(b, "Comment").sendKeys("check VICT");
            step(b, "Return", "RETURNED");
            signOut(b);

            b.signIn(User.RAPPORTEUR_AUT);
            openReleases(b);
            assertThat(b.text(row())).contains("check VICT");
            input(b, "Comment").sendKeys("VICT stands");
            step(b, "Submit", "SUBMITTED");
            signOut(b);

            b.signIn(User.ANALYST);
            openReleases(b);
            step(b, "Approve", "APPROVED");
            WebElement releaseAt = input(b, "Release at");
            assertThat(releaseAt.getAttribute("type")).isEqualTo("datetime-local");
            b.js("arguments[0].value = arguments[1];", List.of(releaseAt, "2026-11-30T09:15"));
            Instant expected =
                    Instant.parse(
                            (String)
                                    b.js(
                                            "return new Date('2026-11-30T09:15').toISOString();",
                                            List.of()));
            step(b, "Publish", "PUBLISHED");
            b.screenshot("releases-published");
            b.assertAccessible("releases");

            JsonNode release = Api.get("/releases/AUT/" + YEAR, User.ANALYST).json();
            assertThat(release.get("state").asText()).isEqualTo("PUBLISHED");
            assertThat(Instant.parse(release.get("publishedReleaseAt").asText()))
                    .isEqualTo(expected);
            List<String> steps = new ArrayList<>();
            release.get("history")
                    .forEach(
                            s ->
                                    steps.add(
                                            s.get("state").asText()
                                                    + " "
                                                    + s.get("actor").asText()
                                                    + (s.hasNonNull("comment")
                                                            ? " " + s.get("comment").asText()
                                                            : "")));
            assertThat(steps)
                    .containsSubsequence(
                            "SUBMITTED rapporteur-aut all of " + YEAR,
                            "RETURNED analyst check VICT",
                            "SUBMITTED rapporteur-aut VICT stands",
                            "APPROVED analyst",
                            "PUBLISHED analyst");
        }
    }

    private static void openReleases(Browser b) {
        b.open("/releases?year=" + YEAR);
        assertThat(b.heading()).isEqualTo("Releases");
    }

    private static By row() {
        return By.xpath("//tr[th[normalize-space(.)='Austria (AUT)']]");
    }

    private static String state(Browser b) {
        return b.driver.findElement(row()).findElement(By.cssSelector(".badge")).getText();
    }

    private static WebElement input(Browser b, String label) {
        return b.driver.findElement(
                By.cssSelector("input[aria-label='" + label + ": " + NAME + "']"));
    }

    /** Clicks the step's button; with a state, waits until the row shows it. */
    private static void step(Browser b, String button, String state) {
        b.driver
                .findElement(By.cssSelector("button[aria-label='" + button + ": " + NAME + "']"))
                .click();
        if (state != null) {
            b.until(
                    NAME + " " + state,
                    () ->
                            b.text(By.cssSelector("[role=status]")).contains(state)
                                    && state.equals(state(b)));
        } else {
            b.until(
                    "a message in the live region",
                    () -> !b.text(By.cssSelector("[role=status]")).isBlank());
        }
    }

    private static void signOut(Browser b) {
        b.button("Sign out").click();
        b.until("the sign-in page", () -> b.driver.getCurrentUrl().contains("/sign-in"));
    }
}
