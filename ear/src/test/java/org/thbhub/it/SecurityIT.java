package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/**
 * The realm's callers and the audit of what they did. Who may call what is the access matrix
 * (AccessMatrixIT); each audit test here finds the one event its own call caused.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

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
        String path = "/submissions/" + UUID.randomUUID();
        AuditTrail trail = AuditTrail.before(user, "LOGIN_FAILED", AuditTrail.request("GET", path));

        Answer answer = Api.withCredentials(path, user, "not-" + UUID.randomUUID());

        ProblemJsonIT.assertProblem(answer, 401);
        JsonNode event = trail.theNewEvent();
        assertThat(event.get("outcome").asText()).isEqualTo("FAILURE");
        assertThat(event.get("target").asText()).isEqualTo("GET /thb-hub/api/v1" + path);
    }

    @Test
    void aDeniedAccessIsAudited() {
        // a government reader may not fetch templates: refused before the path is looked at
        String path = "/templates/" + UUID.randomUUID() + ".xlsx";
        AuditTrail trail =
                AuditTrail.before(
                        "government-deu", "ACCESS_DENIED", AuditTrail.request("GET", path));

        ProblemJsonIT.assertProblem(Api.get(path, User.GOVERNMENT_DEU), 403);

        JsonNode event = trail.theNewEvent();
        assertThat(event.get("outcome").asText()).isEqualTo("DENIED");
        assertThat(event.get("target").asText()).isEqualTo("GET /thb-hub/api/v1" + path);
        assertThat(event.get("detail").asText()).contains("rapporteur").contains("analyst");
    }

    @Test
    void anUploadIsAuditedWithItsSubmissionId() {
        AuditTrail trail =
                AuditTrail.before("rapporteur-aut", "SUBMISSION", t -> t.startsWith("submission "));

        Answer answer =
                Api.upload(
                        "?filename=audited.csv",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.statCsv("AUT,SUSP,_T,_T,_T,_T,_T,1992,2"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String id = answer.json().get("id").asText();
        JsonNode event = trail.theNewEvent();
        assertThat(event.get("target").asText()).startsWith("submission " + id + " (audited.csv");
        assertThat(event.get("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(event.get("detail").asText()).contains("REST").contains("ACCEPTED");
    }

    @Test
    void auditEventsComeNewestFirst() {
        String first = "/templates/" + UUID.randomUUID() + ".xlsx";
        String second = "/templates/" + UUID.randomUUID() + ".xlsx";
        AuditTrail firstTrail =
                AuditTrail.before(
                        "government-aut", "ACCESS_DENIED", AuditTrail.request("GET", first));
        AuditTrail secondTrail =
                AuditTrail.before(
                        "government-aut", "ACCESS_DENIED", AuditTrail.request("GET", second));

        Api.get(first, User.GOVERNMENT_AUT);
        String firstId = firstTrail.theNewEvent().get("id").asText();
        Api.get(second, User.GOVERNMENT_AUT);
        String secondId = secondTrail.theNewEvent().get("id").asText();

        JsonNode items =
                Api.get("/audit?size=500&action=ACCESS_DENIED&actor=government-aut", User.ADMIN)
                        .json()
                        .get("items");
        List<String> ids =
                ReferenceDataIT.list(items).stream().map(e -> e.get("id").asText()).toList();
        assertThat(ids).contains(firstId, secondId);
        assertThat(ids.indexOf(secondId))
                .as("the later event first")
                .isLessThan(ids.indexOf(firstId));
        for (int i = 1; i < items.size(); i++) {
            assertThat(Instant.parse(items.get(i - 1).get("occurredAt").asText()))
                    .isAfterOrEqualTo(Instant.parse(items.get(i).get("occurredAt").asText()));
        }
    }
}
