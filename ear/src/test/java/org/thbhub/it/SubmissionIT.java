package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/** Uploads through REST: accepted, rejected, duplicate, revisions and vintages, dry runs. */
@ExtendWith(ArquillianExtension.class)
class SubmissionIT {

    static final String KEY = "&indicator=VICT&sex=_T&age=_T&citizen=_T&expl=_T&recruit=_T";

    @Test
    void anAcceptedFileAnswers201WithTheSubmissionAndIsReadableBack() {
        byte[] file =
                Fixtures.statCsv(
                        "AUT,VICT,_T,_T,_T,_T,_T,2011,58",
                        "AUT,VICT,F,_T,_T,_T,_T,2011,41",
                        "AUT,VICT,M,_T,_T,_T,_T,2011,17");

        Answer answer = Api.upload("?filename=aut-2011.csv", User.RAPPORTEUR_AUT, "text/csv", file);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode submission = answer.json();
        assertThat(submission.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(submission.get("channel").asText()).isEqualTo("REST");
        assertThat(submission.get("country").asText()).isEqualTo("AUT");
        assertThat(submission.get("fileName").asText()).isEqualTo("aut-2011.csv");
        assertThat(submission.get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(submission.get("receivedAt").asText()).endsWith("Z");
        assertThat(submission.get("counts").get("observations").asLong()).isEqualTo(3);
        String id = submission.get("id").asText();
        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));

        JsonNode again = Api.get("/submissions/" + id, User.GOVERNMENT_AUT).json();
        assertThat(again.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(again.get("report").get("problems").size()).isZero();
        assertThat(Api.get("/submissions/" + id + "/file", User.RAPPORTEUR_AUT).response().body())
                .isEqualTo(file);
        JsonNode value =
                Api.get("/observations?country=AUT&from=2011&to=2011" + KEY, User.GOVERNMENT_AUT)
                        .json();
        assertThat(value.get("total").asLong()).isEqualTo(1);
        assertThat(value.get("items").get(0).get("value").asLong()).isEqualTo(58);
    }

    @Test
    void aRejectedFileNamesEveryBadLineAndStoresNothingButItsRecord() {
        Answer answer =
                Api.upload(
                        "?filename=bad.csv",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.fixture("bad-values.csv"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode submission = answer.json();
        assertThat(submission.get("status").asText()).isEqualTo("REJECTED");
        List<String> found = new ArrayList<>();
        submission
                .get("report")
                .get("problems")
                .forEach(
                        p ->
                                found.add(
                                        p.get("line").asInt()
                                                + ":"
                                                + p.get("field").asText()
                                                + ":"
                                                + p.get("code").asText()));
        assertThat(found)
                .contains(
                        "2:OBS_VALUE:VALUE_NOT_A_COUNT",
                        "3:OBS_VALUE:VALUE_NOT_A_COUNT",
                        "4:SEX:CODE_UNKNOWN",
                        "5:REF_AREA:COUNTRY_MISMATCH");
        String id = submission.get("id").asText();
        assertThat(Api.get("/submissions/" + id, User.RAPPORTEUR_AUT).json().get("status").asText())
                .isEqualTo("REJECTED");
        assertThat(Api.get("/submissions/" + id + "/file", User.RAPPORTEUR_AUT).status())
                .isEqualTo(200);
    }

    @Test
    void aRejectedFileStoresNoneOfItsGoodRows() {
        // a good row, then a bad one: a file is judged as a whole
        Answer answer =
                Api.upload(
                        "",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.statCsv(
                                "AUT,CONV,_T,_T,_T,_T,_T,1980,8", "AUT,CONV,X,_T,_T,_T,_T,1980,3"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.body()).contains("CODE_UNKNOWN");
        assertThat(answer.json().get("counts").get("rows").asLong()).isEqualTo(2);
        JsonNode stored =
                Api.get("/observations?country=AUT&indicator=CONV&from=1980&to=1980", User.ANALYST)
                        .json();
        assertThat(stored.get("total").asLong()).as(stored.toString()).isZero();
    }

    @Test
    void theSameBytesAgainAreADuplicateOfTheAcceptedSubmission() {
        byte[] file = Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2012,7");
        String first =
                Api.upload("", User.RAPPORTEUR_AUT, "text/csv", file).json().get("id").asText();

        Answer again = Api.upload("", User.RAPPORTEUR_AUT, "text/csv", file);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(again.json().get("duplicateOf").asText()).isEqualTo(first);
        assertThat(again.json().get("id").asText()).isNotEqualTo(first);
    }

    @Test
    void aRevisionReplacesTheCurrentValueAndTheOldOneStaysQueryableAsOf() {
        String key = "/observations?country=AUT&from=2005&to=2005" + KEY;
        assertThat(
                        Api.upload(
                                        "",
                                        User.RAPPORTEUR_AUT,
                                        "text/csv",
                                        Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2005,10"))
                                .status())
                .isEqualTo(201);
        Instant between = Instant.now();
        waitPast(between);
        assertThat(
                        Api.upload(
                                        "",
                                        User.RAPPORTEUR_AUT,
                                        "text/csv",
                                        Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2005,12"))
                                .status())
                .isEqualTo(201);

        assertThat(Api.get(key, User.ANALYST).json().get("items").get(0).get("value").asLong())
                .isEqualTo(12);
        String asOf = URLEncoder.encode(between.toString(), StandardCharsets.UTF_8);
        JsonNode old = Api.get(key + "&asOf=" + asOf, User.ANALYST).json();
        assertThat(old.get("total").asLong()).isEqualTo(1);
        assertThat(old.get("items").get(0).get("value").asLong()).isEqualTo(10);
    }

    @Test
    void replaceWithdrawsWhatTheFileNoLongerSaysAndDeleteWithdrawsTheKeysGiven() {
        String year = "/observations?country=AUT&indicator=VICT&from=2001&to=2001";
        assertThat(
                        Api.upload(
                                        "",
                                        User.RAPPORTEUR_AUT,
                                        "text/csv",
                                        Fixtures.statCsv(
                                                "AUT,VICT,_T,_T,_T,_T,_T,2001,5",
                                                "AUT,VICT,F,_T,_T,_T,_T,2001,3"))
                                .status())
                .isEqualTo(201);
        assertThat(Api.get(year, User.ANALYST).json().get("total").asLong()).isEqualTo(2);

        byte[] replace =
                new String(
                                Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2001,6"),
                                StandardCharsets.UTF_8)
                        .replace(",I,AUT", ",R,AUT")
                        .getBytes(StandardCharsets.UTF_8);
        assertThat(Api.upload("", User.RAPPORTEUR_AUT, "text/csv", replace).status())
                .isEqualTo(201);
        JsonNode afterReplace = Api.get(year, User.ANALYST).json();
        assertThat(afterReplace.get("total").asLong()).isEqualTo(1);
        assertThat(afterReplace.get("items").get(0).get("sex").asText()).isEqualTo("_T");
        assertThat(afterReplace.get("items").get(0).get("value").asLong()).isEqualTo(6);

        byte[] delete =
                new String(
                                Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2001,"),
                                StandardCharsets.UTF_8)
                        .replace(",I,AUT", ",D,AUT")
                        .getBytes(StandardCharsets.UTF_8);
        Answer deleted = Api.upload("", User.RAPPORTEUR_AUT, "text/csv", delete);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(201);
        assertThat(Api.get(year, User.ANALYST).json().get("total").asLong()).isZero();
    }

    @Test
    void policyStatusIsStoredAndReadBackScoped() {
        String csv =
                "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,POLICY_ITEM,TIME_PERIOD,STATUS,LEGAL_REF,SOURCE_URL,COMMENT\n"
                        + "dataflow,THB:THB_POLICY(1.0),I,AUT,NAT_RAPP_INDEP,2021,YES,,,"
                        + java.util.UUID.randomUUID()
                        + "\n"
                        + "dataflow,THB:THB_POLICY(1.0),I,AUT,SUPPLY_CHAIN_DD,2021,PARTIAL,,,\n";

        Answer answer =
                Api.upload(
                        "", User.RAPPORTEUR_AUT, "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode policy =
                Api.get("/policy-status?country=AUT&from=2021&to=2021", User.GOVERNMENT_AUT).json();
        assertThat(policy.get("total").asLong()).isEqualTo(2);
        assertThat(policy.toString()).contains("NAT_RAPP_INDEP").contains("PARTIAL");
        assertThat(
                        Api.get("/policy-status?country=AUT", User.GOVERNMENT_DEU)
                                .json()
                                .get("total")
                                .asLong())
                .isZero();
    }

    @Test
    void aDryRunJudgesButStoresNothing() {
        byte[] file = Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,1999,33");
        long before =
                Api.get("/submissions?country=AUT", User.ANALYST).json().get("total").asLong();

        Answer answer = Api.upload("?dryRun=true", User.RAPPORTEUR_AUT, "text/csv", file);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(answer.json().get("dryRun").asBoolean()).isTrue();
        assertThat(Api.get("/submissions?country=AUT", User.ANALYST).json().get("total").asLong())
                .isEqualTo(before);
        assertThat(
                        Api.get("/observations?country=AUT&from=1999&to=1999", User.ANALYST)
                                .json()
                                .get("total")
                                .asLong())
                .isZero();
        assertThat(Api.upload("", User.RAPPORTEUR_AUT, "text/csv", file).status()).isEqualTo(201);
    }

    @Test
    void aMultipartFormUploadIsJudgedTheSame() {
        byte[] file = Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2013,4");
        String boundary = "thb-boundary-42";
        String head =
                "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"form.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] body =
                concat(
                        head.getBytes(StandardCharsets.UTF_8),
                        file,
                        tail.getBytes(StandardCharsets.UTF_8));

        Answer answer =
                Api.upload(
                        "", User.RAPPORTEUR_AUT, "multipart/form-data; boundary=" + boundary, body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("fileName").asText()).isEqualTo("form.csv");
    }

    @Test
    void requestsThatCannotBeASubmissionAreProblems() {
        byte[] file = Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2014,4");
        ProblemJsonIT.assertProblem(Api.upload("", User.RAPPORTEUR_AUT, "image/gif", file), 415);
        ProblemJsonIT.assertProblem(
                Api.upload("?mode=lenient", User.RAPPORTEUR_AUT, "text/csv", file), 403);
        ProblemJsonIT.assertProblem(Api.upload("", User.GOVERNMENT_AUT, "text/csv", file), 403);
        ProblemJsonIT.assertProblem(Api.upload("", User.ANONYMOUS, "text/csv", file), 401);
        ProblemJsonIT.assertProblem(
                Api.upload("", User.RAPPORTEUR_AUT, "text/csv", new byte[10_000_001]), 413);
        assertThat(Api.get("/reference/countries", User.ANONYMOUS).status()).isEqualTo(200);
    }

    @Test
    void onlyAnAnalystMayImportTheUnodcExport() {
        Answer answer =
                Api.upload(
                        "?filename=glotip.csv",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.read(Fixtures.unodcCsv()));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("FORMAT_NOT_ALLOWED");
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /** Vintages are ordered by the server's clock: make sure it has moved on. */
    static void waitPast(Instant instant) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!Instant.now().isAfter(instant.plusMillis(5)) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
