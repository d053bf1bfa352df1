package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/**
 * The cross-country matrix: every scoped endpoint x the rapporteur and the government reader of
 * another country. Austria's data answers 404 or an empty list, never a leak.
 */
@ExtendWith(ArquillianExtension.class)
class CrossCountryIT {

    static String austrianSubmission;

    @BeforeAll
    static void austriaDelivers() {
        Answer answer =
                Api.upload(
                        "?filename=aut-cross.csv",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.statCsv(
                                "AUT,VICT,_T,_T,_T,_T,_T,2016,77",
                                "AUT,PROS,_T,_T,_T,_T,_T,2016,5"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        austrianSubmission = answer.json().get("id").asText();
    }

    static Stream<Arguments> outsiders() {
        return Stream.of(Arguments.of(User.RAPPORTEUR_DEU), Arguments.of(User.GOVERNMENT_DEU));
    }

    @ParameterizedTest
    @MethodSource("outsiders")
    void anotherCountrysSubmissionIsNotFound(User outsider) {
        ProblemJsonIT.assertProblem(Api.get("/submissions/" + austrianSubmission, outsider), 404);
        ProblemJsonIT.assertProblem(
                Api.get("/submissions/" + austrianSubmission + "/file", outsider), 404);
    }

    @ParameterizedTest
    @MethodSource("outsiders")
    void listsFiltersAndCountsLeakNothing(User outsider) {
        JsonNode filtered = Api.get("/submissions?country=AUT", outsider).json();
        assertThat(filtered.get("total").asLong()).isZero();
        assertThat(filtered.get("items").size()).isZero();

        JsonNode all = Api.get("/submissions?size=500", outsider).json();
        all.get("items").forEach(s -> assertThat(s.get("country").asText()).isEqualTo("DEU"));
        assertThat(all.toString()).doesNotContain(austrianSubmission);

        assertThat(Api.get("/observations?country=AUT", outsider).json().get("total").asLong())
                .isZero();
        Api.get("/observations?size=500", outsider)
                .json()
                .get("items")
                .forEach(o -> assertThat(o.get("country").asText()).isEqualTo("DEU"));
        assertThat(Api.get("/policy-status?country=AUT", outsider).json().get("total").asLong())
                .isZero();

        Answer csv = Api.getAccept("/observations?country=AUT", outsider, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().strip().lines()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("outsiders")
    void theOwnCountrySeesItsOwn(User outsider) {
        User own = outsider == User.RAPPORTEUR_DEU ? User.RAPPORTEUR_AUT : User.GOVERNMENT_AUT;
        assertThat(Api.get("/submissions/" + austrianSubmission, own).status()).isEqualTo(200);
        Answer csv = Api.getAccept("/observations?country=AUT&from=2016&to=2016", own, "text/csv");
        assertThat(csv.body()).startsWith("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA");
        assertThat(csv.body()).contains("AUT,VICT,_T,_T,_T,_T,_T,2016,77");
    }
}
