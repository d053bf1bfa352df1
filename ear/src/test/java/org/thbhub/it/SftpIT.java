package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.User;

/** The SFTP channel of the running server against a real SFTP server (MINA SSHD). */
@ExtendWith(ArquillianExtension.class)
class SftpIT {

    static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Test
    void anAcceptedFileIsArchivedWithReceiptsInTheOutbox() throws IOException {
        String name = "aut-sftp-" + UUID.randomUUID() + ".csv";
        sftp().deliver("AUT", name, Fixtures.statCsv("AUT,PROS,_T,_T,_T,_T,_T,2007,12"));

        JsonNode receipt = sftp().awaitReceipt("AUT", name);

        assertThat(receipt.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(receipt.get("channel").asText()).isEqualTo("SFTP");
        assertThat(receipt.get("country").asText()).isEqualTo("AUT");
        assertThat(sftp().receiptText("AUT", name)).contains(receipt.get("id").asText());
        sftp().awaitArchived("AUT", ".done", name);
    }

    @Test
    void aRejectedFileGoesToErrorAndItsReceiptNamesTheProblem() throws IOException {
        String name = "deu-sftp-" + UUID.randomUUID() + ".csv";
        sftp().deliver("DEU", name, Fixtures.statCsv("AUT,PROS,_T,_T,_T,_T,_T,2007,12"));

        JsonNode receipt = sftp().awaitReceipt("DEU", name);

        assertThat(receipt.get("status").asText()).isEqualTo("REJECTED");
        assertThat(receipt.toString()).contains("COUNTRY_MISMATCH");
        sftp().awaitArchived("DEU", ".error", name);
    }

    @Test
    void aFileStillBeingUploadedIsLeftAlone() throws IOException {
        String name = "aut-part-" + UUID.randomUUID() + ".csv";
        java.nio.file.Path part = sftp().country("AUT").resolve("inbox").resolve(name + ".part");
        java.nio.file.Files.write(part, Fixtures.statCsv("AUT,CONV,_T,_T,_T,_T,_T,2005,2"));
        String marker = "aut-marker-" + UUID.randomUUID() + ".csv";
        sftp().deliver("AUT", marker, Fixtures.statCsv("AUT,CONV,_T,_T,_T,_T,_T,2004,2"));

        sftp().awaitReceipt("AUT", marker);

        assertThat(part).exists();
        assertThat(sftp().country("AUT").resolve("outbox").resolve(name + ".part.receipt.json"))
                .doesNotExist();
        java.nio.file.Files.move(part, part.resolveSibling(name));
        assertThat(sftp().awaitReceipt("AUT", name).get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aFileWaitingThroughAnOutageIsStoredExactlyOnce() throws IOException {
        ItSftpServer sftp = ItSftpServer.current();
        String name = "aut-outage-" + UUID.randomUUID() + ".csv";
        ServerLog log = ServerLog.fromNow();
        sftp.down();
        try {
            sftp().deliver("AUT", name, Fixtures.statCsv("AUT,CONV,_T,_T,_T,_T,_T,2007,4"));
            // the outage is only proven once the route has tried and failed to poll
            log.awaitLine(
                    "the SFTP route failing to reach port " + sftp.port,
                    TIMEOUT,
                    line ->
                            line.contains(
                                    "Failed polling endpoint: sftp://127.0.0.1:" + sftp.port));
            assertThat(sftp().country("AUT").resolve("outbox").resolve(name + ".receipt.json"))
                    .doesNotExist();
        } finally {
            sftp.up();
        }

        JsonNode receipt = sftp().awaitReceipt("AUT", name);
        assertThat(receipt.get("status").asText()).isEqualTo("ACCEPTED");
        // a later file judged proves further polls went by
        String later = "aut-later-" + UUID.randomUUID() + ".csv";
        sftp().deliver("AUT", later, Fixtures.statCsv("AUT,CONV,_T,_T,_T,_T,_T,2006,4"));
        sftp().awaitReceipt("AUT", later);

        long judged = 0;
        for (JsonNode s :
                Api.get("/submissions?country=AUT&size=500", User.ANALYST).json().get("items")) {
            if (s.get("fileName").asText().equals(name)) {
                judged++;
            }
        }
        assertThat(judged).isEqualTo(1);
    }

    @Test
    void aLinkToAnotherCountrysFolderIsRefusedUnreadAndNoByteIsServed() throws IOException {
        String name = "deu-" + UUID.randomUUID();
        java.nio.file.Files.createSymbolicLink(
                sftp().country("AUT").resolve("inbox").resolve(name),
                sftp().country("DEU").resolve("inbox"));

        JsonNode receipt = sftp().awaitReceipt("AUT", name);
        assertThat(receipt.get("status").asText()).isEqualTo("REJECTED");
        assertThat(receipt.toString()).contains("FILE_NOT_REGULAR");
        sftp().awaitArchived("AUT", ".error", name);
        ProblemJsonIT.assertProblem(
                Api.get(
                        "/submissions/" + receipt.get("id").asText() + "/file",
                        User.GOVERNMENT_AUT),
                404);
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedWithoutBeingDownloaded() throws IOException {
        String name = "aut-big-" + UUID.randomUUID() + ".csv";
        byte[] big =
                new byte[(int) (long) Long.getLong("thb.it.max.upload.bytes", 10_000_000L) + 1];
        sftp().deliver("AUT", name, big);

        JsonNode receipt = sftp().awaitReceipt("AUT", name);
        assertThat(receipt.toString()).contains("FILE_TOO_LARGE");
        sftp().awaitArchived("AUT", ".error", name);
    }

    private static CountryFolders sftp() {
        return new CountryFolders(ItSftpServer.current().files, TIMEOUT);
    }
}
