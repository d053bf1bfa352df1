package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.User;

/** The SFTP channel of the running server against a real SFTP server (MINA SSHD). */
@ExtendWith(ArquillianExtension.class)
class SftpIT {

    static final Duration TIMEOUT = Duration.ofSeconds(90);

    static Path country(String iso3) {
        return ItSftpServer.current().files.resolve(iso3);
    }

    @Test
    void anAcceptedFileIsArchivedWithReceiptsInTheOutbox() throws IOException {
        String name = "aut-sftp-" + UUID.randomUUID() + ".csv";
        deliver("AUT", name, Fixtures.statCsv("AUT,PROS,_T,_T,_T,_T,_T,2007,12"));

        JsonNode receipt = awaitReceipt("AUT", name);

        assertThat(receipt.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(receipt.get("channel").asText()).isEqualTo("SFTP");
        assertThat(receipt.get("country").asText()).isEqualTo("AUT");
        assertThat(
                        Files.readString(
                                country("AUT").resolve("outbox").resolve(name + ".receipt.txt")))
                .contains(receipt.get("id").asText());
        Await.until("archived in .done", TIMEOUT, () -> archived("AUT", ".done", name));
    }

    @Test
    void aRejectedFileGoesToErrorAndItsReceiptNamesTheProblem() throws IOException {
        String name = "deu-sftp-" + UUID.randomUUID() + ".csv";
        deliver("DEU", name, Fixtures.statCsv("AUT,PROS,_T,_T,_T,_T,_T,2007,12"));

        JsonNode receipt = awaitReceipt("DEU", name);

        assertThat(receipt.get("status").asText()).isEqualTo("REJECTED");
        assertThat(receipt.toString()).contains("COUNTRY_MISMATCH");
        Await.until("archived in .error", TIMEOUT, () -> archived("DEU", ".error", name));
    }

    @Test
    void aFileWaitingThroughAnOutageIsStoredExactlyOnce() throws IOException {
        ItSftpServer sftp = ItSftpServer.current();
        String name = "aut-outage-" + UUID.randomUUID() + ".csv";
        sftp.down();
        try {
            deliver("AUT", name, Fixtures.statCsv("AUT,CONV,_T,_T,_T,_T,_T,2007,4"));
        } finally {
            sftp.up();
        }

        JsonNode receipt = awaitReceipt("AUT", name);
        assertThat(receipt.get("status").asText()).isEqualTo("ACCEPTED");
        // a later file judged proves further polls went by
        String later = "aut-later-" + UUID.randomUUID() + ".csv";
        deliver("AUT", later, Fixtures.statCsv("AUT,CONV,_T,_T,_T,_T,_T,2006,4"));
        awaitReceipt("AUT", later);

        long judged = 0;
        for (JsonNode s :
                Api.get("/submissions?country=AUT&size=500", User.ANALYST).json().get("items")) {
            if (s.get("fileName").asText().equals(name)) {
                judged++;
            }
        }
        assertThat(judged).isEqualTo(1);
    }

    static void deliver(String iso3, String name, byte[] content) throws IOException {
        Path inbox = country(iso3).resolve("inbox");
        Path part = inbox.resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, inbox.resolve(name));
    }

    static JsonNode awaitReceipt(String iso3, String name) throws IOException {
        Path receipt = country(iso3).resolve("outbox").resolve(name + ".receipt.json");
        Path text = country(iso3).resolve("outbox").resolve(name + ".receipt.txt");
        // both receipts: they are written one after the other
        Await.until(
                "receipts " + receipt, TIMEOUT, () -> Files.exists(receipt) && Files.exists(text));
        return new ObjectMapper().readTree(receipt.toFile());
    }

    static boolean archived(String iso3, String folder, String name) {
        Path dir = country(iso3).resolve("inbox").resolve(folder);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith("-" + name));
        } catch (IOException e) {
            return false;
        }
    }
}
