package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.thbhub.it.Api.User;

/** Who may call what: 401 anonymous, 200 allowed, 403 wrong role, for every demo user. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    static Stream<Arguments> matrix() {
        return Stream.of(
                // path, user, expected status
                Arguments.of("/reference/countries", User.ANONYMOUS, 200),
                Arguments.of("/reference/codelists", User.ANONYMOUS, 200),
                Arguments.of("/submissions", User.ANONYMOUS, 401),
                Arguments.of("/audit", User.ANONYMOUS, 401),
                Arguments.of("/me", User.ANONYMOUS, 401),
                Arguments.of("/submissions", User.ANALYST, 200),
                Arguments.of("/submissions", User.ADMIN, 200),
                Arguments.of("/submissions", User.RAPPORTEUR_AUT, 200),
                Arguments.of("/submissions", User.GOVERNMENT_AUT, 200),
                Arguments.of("/submissions", User.RAPPORTEUR_DEU, 200),
                Arguments.of("/submissions", User.GOVERNMENT_DEU, 200),
                Arguments.of("/audit", User.ADMIN, 200),
                Arguments.of("/audit", User.ANALYST, 403),
                Arguments.of("/audit", User.RAPPORTEUR_AUT, 403),
                Arguments.of("/audit", User.GOVERNMENT_AUT, 403),
                Arguments.of("/audit", User.RAPPORTEUR_DEU, 403),
                Arguments.of("/audit", User.GOVERNMENT_DEU, 403));
    }

    @ParameterizedTest(name = "{1} GET {0} -> {2}")
    @MethodSource("matrix")
    void eachDemoUserGetsWhatTheirRoleAllows(String path, User user, int expected) {
        var answer = Api.get(path, user);

        assertThat(answer.status()).as(answer.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("status").asInt()).isEqualTo(expected);
        }
        if (expected == 401) {
            assertThat(answer.header("WWW-Authenticate")).hasValue("Basic realm=\"THB Hub\"");
        }
    }

    @Test
    void theCallerCarriesRolesAndCountryFromTheRealm() {
        var rapporteur = Api.get("/me", User.RAPPORTEUR_AUT).json();
        var government = Api.get("/me", User.GOVERNMENT_DEU).json();
        var analyst = Api.get("/me", User.ANALYST).json();

        assertThat(rapporteur.get("name").asText()).isEqualTo("rapporteur-aut");
        assertThat(rapporteur.get("roles").toString()).isEqualTo("[\"rapporteur\"]");
        assertThat(rapporteur.get("country").asText()).isEqualTo("AUT");
        assertThat(government.get("roles").toString()).isEqualTo("[\"government\"]");
        assertThat(government.get("country").asText()).isEqualTo("DEU");
        assertThat(analyst.has("country")).isFalse();
    }

    @Test
    void aWrongPasswordIsA401ProblemAndAFailedLoginInTheAuditLog() {
        String user = "rapporteur-aut";
        var answer = Api.withCredentials("/submissions", user, "not-" + UUID.randomUUID());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var audit = Api.get("/audit?action=LOGIN_FAILED&actor=" + user, User.ADMIN).json();
        assertThat(audit.get("total").asLong()).isPositive();
        assertThat(audit.get("items").get(0).get("outcome").asText()).isEqualTo("FAILURE");
        assertThat(audit.get("items").get(0).get("target").asText())
                .isEqualTo("GET /thb-hub/api/v1/submissions");
    }

    @Test
    void aDeniedAccessIsAudited() {
        Api.get("/audit?size=1", User.GOVERNMENT_DEU);

        var audit = Api.get("/audit?action=ACCESS_DENIED&actor=government-deu", User.ADMIN).json();
        assertThat(audit.get("total").asLong()).isPositive();
        var newest = audit.get("items").get(0);
        assertThat(newest.get("outcome").asText()).isEqualTo("DENIED");
        assertThat(newest.get("occurredAt").asText()).endsWith("Z");
    }

    @Test
    void auditEventsComeNewestFirst() {
        Api.get("/audit", User.ANALYST);
        Api.get("/audit", User.RAPPORTEUR_DEU);

        var items = Api.get("/audit?action=ACCESS_DENIED", User.ADMIN).json().get("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(2);
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i - 1).get("occurredAt").asText())
                    .isGreaterThanOrEqualTo(items.get(i).get("occurredAt").asText());
        }
    }
}
