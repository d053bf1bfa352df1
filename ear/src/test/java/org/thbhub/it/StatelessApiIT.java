package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/**
 * The API is stateless: no request, whoever sends it and however it ends, opens an HTTP session or
 * hands out a session cookie (issue 15: a programmatic login used to create and invalidate a
 * session on every request).
 */
@ExtendWith(ArquillianExtension.class)
class StatelessApiIT {

    static final String WEB_MODULE =
            "/deployment=thb-hub.ear/subdeployment=web-module.war/subsystem=undertow";

    @Test
    void apiRequestsOpenNoSessionAndSetNoCookie() {
        long before = sessionsCreated();

        List<Answer> answers =
                List.of(
                        Api.get("/me", User.GOVERNMENT_AUT),
                        Api.get("/observations?country=AUT&size=5", User.GOVERNMENT_AUT),
                        Api.getAccept("/observations?country=AUT", User.GOVERNMENT_AUT, "text/csv"),
                        Api.get("/submissions", User.ANALYST),
                        Api.get("/reference/countries", User.ANONYMOUS),
                        Api.get("/audit", User.RAPPORTEUR_AUT),
                        Api.withCredentials("/me", "rapporteur-aut", "not-the-password"),
                        Api.get("/me", User.ANONYMOUS));

        assertThat(answers)
                .extracting(Answer::status)
                .containsExactly(200, 200, 200, 200, 200, 403, 401, 401);
        for (Answer answer : answers) {
            assertThat(answer.header("Set-Cookie")).as(answer.body()).isEmpty();
            assertThat(answer.response().headers().map().toString().toLowerCase(Locale.ROOT))
                    .doesNotContain("jsessionid");
        }
        assertThat(sessionsCreated())
                .as("HTTP sessions created by the API calls")
                .isEqualTo(before);
    }

    static long sessionsCreated() {
        return Long.parseLong(Management.attribute(WEB_MODULE, "sessions-created"));
    }
}
