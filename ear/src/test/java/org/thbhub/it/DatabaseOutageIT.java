package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.User;

/**
 * PostgreSQL stopped under the running server (the PostgreSQL run only: H2 is embedded in the
 * server and cannot be stopped apart from it).
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "thb.it.database", matches = "postgresql")
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(90);

    @Test
    void aFileDroppedWhileTheDatabaseIsDownIsJudgedOnceAfterItComesBack() throws IOException {
        String name = "aut-outage-" + UUID.randomUUID() + ".csv";
        ItPostgres.stop();
        try {
            DropFolderIT.DROP.deliver(
                    "AUT", name, Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2014,9"));
            // the failure observed: logged by the server, and the API answers 503, not 500
            Await.until(
                    "the server to log the failed judging of " + name,
                    OUTAGE,
                    () -> ServerLog.lines(name + ": judging failed") > 0);
            Api.Answer answer = Api.get("/submissions", User.ANALYST);
            ProblemJsonIT.assertProblem(answer, 503);
            assertThat(answer.response().headers().firstValue("Retry-After")).isPresent();
            assertThat(DropFolderIT.DROP.country("AUT").resolve("inbox").resolve(name)).exists();
        } finally {
            ItPostgres.start();
        }

        JsonNode receipt = DropFolderIT.DROP.awaitReceipt("AUT", name);
        assertThat(receipt.get("status").asText()).isEqualTo("ACCEPTED");
        DropFolderIT.DROP.awaitArchived("AUT", ".done", name);
        assertThat(DropFolderIT.submissionsNamed("AUT", name)).isEqualTo(1);
        // logged once for the file, not at every poll, and once more when it went through
        assertThat(ServerLog.lines(name + ": judging failed")).isEqualTo(1);
        assertThat(ServerLog.lines(name + " went through after")).isEqualTo(1);
        assertThat(Api.get("/submissions", User.ANALYST).status()).isEqualTo(200);
    }
}
