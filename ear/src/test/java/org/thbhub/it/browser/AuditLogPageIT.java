package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.thbhub.it.Api;
import org.thbhub.it.Api.User;

/**
 * The administrator reads the audit log on its page: filters by actor and action with the form, and
 * pages through more events than one page holds.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogPageIT {

    @Test
    void anAdministratorFiltersTheAuditLogAndPagesThroughIt() {
        // more refused requests than one page (25) shows: anonymous, so no sign-in is throttled
        for (int i = 0; i < 30; i++) {
            assertThat(Api.get("/submissions/" + UUID.randomUUID(), User.ANONYMOUS).status())
                    .isEqualTo(401);
        }
        try (Browser b = new Browser("en")) {
            b.signIn(User.ADMIN);
            b.link("Audit log").click();
            b.waitReady();
            assertThat(b.heading()).isEqualTo("Audit log");

            b.field("Actor").sendKeys("anonymous");
            new Select(b.field("Action")).selectByValue("ACCESS_DENIED");
            b.button("Filter").click();
            b.until(
                    "the filtered log",
                    () -> b.driver.getCurrentUrl().contains("action=ACCESS_DENIED"));
            b.waitReady();
            assertThat(b.driver.getCurrentUrl()).contains("actor=anonymous");
            assertThat(column(b, 2)).hasSize(25).allMatch("anonymous"::equals);
            assertThat(column(b, 3)).allMatch("ACCESS_DENIED"::equals);
            assertThat(b.text(By.cssSelector("nav.pager"))).contains("Page 1 of");
            assertThat(b.has(By.linkText("Previous page"))).isFalse();
            List<String> first = column(b, 4);
            b.screenshot("audit-filtered");
            b.assertAccessible("audit (filtered)");

            b.link("Next page").click();
            b.until("the second page", () -> b.driver.getCurrentUrl().contains("page=1"));
            b.waitReady();
            assertThat(b.text(By.cssSelector("nav.pager"))).contains("Page 2 of");
            assertThat(b.driver.getCurrentUrl())
                    .as("the filter stays while paging")
                    .contains("action=ACCESS_DENIED")
                    .contains("actor=anonymous");
            assertThat(column(b, 3)).isNotEmpty().allMatch("ACCESS_DENIED"::equals);
            assertThat(column(b, 4)).isNotEqualTo(first);
            assertThat(b.field("Action").getAttribute("value")).isEqualTo("ACCESS_DENIED");

            b.link("Previous page").click();
            b.until("the first page again", () -> b.driver.getCurrentUrl().contains("page=0"));
            b.waitReady();
            assertThat(column(b, 4)).isEqualTo(first);

            // an action with no event of that actor: said so, not an empty table
            b.open("/audit?actor=nobody-" + UUID.randomUUID() + "&action=RELEASE");
            assertThat(b.text(By.tagName("main"))).contains("No event matches.");
        }
    }

    /** The texts of one column (1-based) of the events table. */
    private static List<String> column(Browser b, int n) {
        return b
                .driver
                .findElements(By.cssSelector("main tbody tr td:nth-child(" + n + ")"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }
}
