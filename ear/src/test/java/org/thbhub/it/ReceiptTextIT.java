package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/** GET /submissions/{id}/receipt.txt: the outbox's plain-text receipt, scoped like the rest. */
@ExtendWith(ArquillianExtension.class)
class ReceiptTextIT {

    @Test
    void theReceiptTextIsTheSameTextAsTheOutboxReceipt() throws IOException {
        String name = "deu-" + UUID.randomUUID() + ".csv";
        DropFolderIT.DROP.deliver(
                "DEU",
                name,
                Fixtures.statCsv(
                        "DEU,VICT,_T,_T,_T,_T,_T,2009,x", "DEU,VICT,Q,_T,_T,_T,_T,2009,3"));
        JsonNode receipt = DropFolderIT.DROP.awaitReceipt("DEU", name);
        String id = receipt.get("id").asText();

        Answer text = Api.get("/submissions/" + id + "/receipt.txt", User.RAPPORTEUR_DEU);

        assertThat(text.status()).isEqualTo(200);
        assertThat(text.contentType()).startsWith("text/plain");
        assertThat(text.body()).isEqualTo(DropFolderIT.DROP.receiptText("DEU", name));
        assertThat(text.body()).contains("REJECTED").contains("VALUE_NOT_A_COUNT");
        assertThat(text.header("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains(name + ".receipt.txt"));
    }

    @Test
    void anotherCountrysReceiptIsNotFoundAndAnonymousCallersMustLogIn() {
        Answer upload =
                Api.upload(
                        "?filename=aut-receipt.csv",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2009,7"));
        String id = upload.json().get("id").asText();

        assertThat(Api.get("/submissions/" + id + "/receipt.txt", User.GOVERNMENT_AUT).body())
                .contains("Status: ACCEPTED")
                .contains("through REST");
        assertThat(Api.get("/submissions/" + id + "/receipt.txt", User.RAPPORTEUR_DEU).status())
                .isEqualTo(404);
        assertThat(Api.get("/submissions/" + id + "/receipt.txt", User.ANONYMOUS).status())
                .isEqualTo(401);
        assertThat(Api.get("/submissions/not-an-id/receipt.txt", User.ANALYST).status())
                .isEqualTo(404);
    }
}
