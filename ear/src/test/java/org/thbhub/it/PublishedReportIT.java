package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/**
 * Reports follow publication: {@code published=true} restricts both reports to published values,
 * each as it was released; without it they read every current value, as before.
 */
@ExtendWith(ArquillianExtension.class)
class PublishedReportIT {

    static final int YEAR = 2002;

    static String profile(User user, String query) {
        Answer answer =
                Api.get(
                        "/reports/countries/AUT?from="
                                + YEAR
                                + "&to="
                                + YEAR
                                + "&format=csv"
                                + query,
                        user);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void publishedReportsShowTheReleasedFiguresAndNothingNewer() {
        ReleaseIT.deliver(User.RAPPORTEUR_AUT, "AUT", YEAR, 7717);
        ReleaseIT.ok(ReleaseIT.step("AUT", YEAR, "submit", User.RAPPORTEUR_AUT, null));
        ReleaseIT.ok(ReleaseIT.step("AUT", YEAR, "approve", User.ANALYST, null));
        ReleaseIT.ok(
                ReleaseIT.step(
                        "AUT",
                        YEAR,
                        "publish",
                        User.ANALYST,
                        "{\"releaseAt\":\"" + Instant.now().minus(1, ChronoUnit.MINUTES) + "\"}"));
        // a revision nobody has approved yet
        ReleaseIT.deliver(User.RAPPORTEUR_AUT, "AUT", YEAR, 8818);

        assertThat(profile(User.ANALYST, "&published=true"))
                .contains("7717")
                .doesNotContain("8818");
        assertThat(profile(User.RAPPORTEUR_AUT, "&published=true"))
                .contains("7717")
                .doesNotContain("8818");
        assertThat(profile(User.ANALYST, "")).contains("8818").doesNotContain("7717");
        assertThat(profile(User.ANALYST, "&published=false")).contains("8818");

        Answer trends =
                Api.get(
                        "/reports/trends?from="
                                + YEAR
                                + "&to="
                                + YEAR
                                + "&format=csv&published=true",
                        User.ANALYST);
        assertThat(trends.status()).as(trends.body()).isEqualTo(200);
        assertThat(trends.body()).doesNotContain("8818");

        ProblemJsonIT.assertProblem(
                Api.get("/reports/countries/AUT?published=maybe&format=csv", User.ANALYST), 400);
        // who may ask for which report is unchanged
        ProblemJsonIT.assertProblem(
                Api.get("/reports/countries/AUT?published=true&format=csv", User.RAPPORTEUR_DEU),
                404);
        ProblemJsonIT.assertProblem(
                Api.get("/reports/trends?published=true&format=csv", User.RAPPORTEUR_AUT), 403);
    }

    @Test
    void aYearNeverPublishedIsAbsentFromAPublishedReport() {
        ReleaseIT.deliver(User.RAPPORTEUR_DEU, "DEU", YEAR, 6616);
        String path = "/reports/countries/DEU?from=" + YEAR + "&to=" + YEAR + "&format=csv";
        Answer published = Api.get(path + "&published=true", User.ANALYST);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.body()).doesNotContain("6616");
        assertThat(Api.get(path, User.ANALYST).body()).contains("6616");
    }
}
