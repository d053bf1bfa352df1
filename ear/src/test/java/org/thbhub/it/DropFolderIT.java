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

/** The local drop folder: same layout as SFTP, judged by the same pipeline. */
@ExtendWith(ArquillianExtension.class)
class DropFolderIT {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    static Path country(String iso3) {
        return Path.of(System.getProperty("jboss.home"))
                .resolveSibling("it-data")
                .resolve(System.getProperty("thb.it.database"))
                .resolve("thb-drop")
                .resolve(iso3);
    }

    @Test
    void foldersExistForEveryParticipatingState() {
        assertThat(country("AUT").resolve("inbox")).isDirectory();
        assertThat(country("DEU").resolve("outbox")).isDirectory();
        assertThat(country("UZB").resolve("inbox")).isDirectory();
    }

    @Test
    void anAcceptedFileMovesToDoneWithBothReceipts() throws IOException {
        String name = "aut-" + UUID.randomUUID() + ".csv";
        deliver("AUT", name, Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2008,21"));

        JsonNode receipt = awaitReceipt("AUT", name);

        assertThat(receipt.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(receipt.get("channel").asText()).isEqualTo("DROP");
        assertThat(receipt.get("country").asText()).isEqualTo("AUT");
        assertThat(
                        Files.readString(
                                country("AUT").resolve("outbox").resolve(name + ".receipt.txt")))
                .contains(receipt.get("id").asText())
                .contains("ACCEPTED");
        Await.until("the file in .done", TIMEOUT, () -> archived("AUT", ".done", name));
        assertThat(country("AUT").resolve("inbox").resolve(name)).doesNotExist();
        assertThat(
                        Api.get("/submissions/" + receipt.get("id").asText(), User.GOVERNMENT_AUT)
                                .json()
                                .get("channel")
                                .asText())
                .isEqualTo("DROP");
    }

    @Test
    void aRejectedFileMovesToErrorAndItsReceiptListsEveryProblem() throws IOException {
        String name = "deu-" + UUID.randomUUID() + ".csv";
        // Austrian rows in Germany's folder: the folder decides the country
        deliver("DEU", name, Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2008,21"));

        JsonNode receipt = awaitReceipt("DEU", name);

        assertThat(receipt.get("status").asText()).isEqualTo("REJECTED");
        assertThat(receipt.toString()).contains("COUNTRY_MISMATCH");
        assertThat(
                        Files.readString(
                                country("DEU").resolve("outbox").resolve(name + ".receipt.txt")))
                .contains("COUNTRY_MISMATCH")
                .contains("line 2");
        Await.until("the file in .error", TIMEOUT, () -> archived("DEU", ".error", name));
    }

    @Test
    void aFileStillBeingWrittenIsLeftAlone() throws IOException {
        String name = "aut-" + UUID.randomUUID() + ".csv";
        Path part = country("AUT").resolve("inbox").resolve(name + ".part");
        Files.write(part, Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2009,3"));
        String marker = "aut-" + UUID.randomUUID() + ".csv";
        deliver("AUT", marker, Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2009,4"));

        awaitReceipt("AUT", marker);

        assertThat(part).exists();
        assertThat(country("AUT").resolve("outbox").resolve(name + ".part.receipt.json"))
                .doesNotExist();
        Files.move(part, part.resolveSibling(name));
        assertThat(awaitReceipt("AUT", name).get("status").asText()).isEqualTo("ACCEPTED");
    }

    /** As a rapporteur's client should: write under a temporary name, then rename. */
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
