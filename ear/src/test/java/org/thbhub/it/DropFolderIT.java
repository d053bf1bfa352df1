package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.User;

/** The local drop folder: same layout as SFTP, judged by the same pipeline. */
@ExtendWith(ArquillianExtension.class)
class DropFolderIT {

    static final CountryFolders DROP =
            new CountryFolders(
                    Path.of(System.getProperty("jboss.home"))
                            .resolveSibling("it-data")
                            .resolve(System.getProperty("thb.it.database"))
                            .resolve("thb-drop"),
                    Duration.ofSeconds(60));

    @Test
    void foldersExistForEveryParticipatingState() {
        assertThat(DROP.country("AUT").resolve("inbox")).isDirectory();
        assertThat(DROP.country("DEU").resolve("outbox")).isDirectory();
        assertThat(DROP.country("UZB").resolve("inbox")).isDirectory();
    }

    @Test
    void anAcceptedFileMovesToDoneWithBothReceipts() throws IOException {
        String name = "aut-" + UUID.randomUUID() + ".csv";
        DROP.deliver("AUT", name, Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2008,21"));

        JsonNode receipt = DROP.awaitReceipt("AUT", name);

        assertThat(receipt.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(receipt.get("channel").asText()).isEqualTo("DROP");
        assertThat(receipt.get("country").asText()).isEqualTo("AUT");
        assertThat(DROP.receiptText("AUT", name))
                .contains(receipt.get("id").asText())
                .contains("ACCEPTED");
        DROP.awaitArchived("AUT", ".done", name);
        assertThat(DROP.country("AUT").resolve("inbox").resolve(name)).doesNotExist();
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
        DROP.deliver("DEU", name, Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2008,21"));

        JsonNode receipt = DROP.awaitReceipt("DEU", name);

        assertThat(receipt.get("status").asText()).isEqualTo("REJECTED");
        assertThat(receipt.toString()).contains("COUNTRY_MISMATCH");
        assertThat(DROP.receiptText("DEU", name)).contains("COUNTRY_MISMATCH").contains("line 2");
        DROP.awaitArchived("DEU", ".error", name);
    }

    @Test
    void aFileStillBeingWrittenIsLeftAlone() throws IOException {
        String name = "aut-" + UUID.randomUUID() + ".csv";
        Path part = DROP.country("AUT").resolve("inbox").resolve(name + ".part");
        Files.write(part, Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2009,3"));
        String marker = "aut-" + UUID.randomUUID() + ".csv";
        DROP.deliver("AUT", marker, Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2009,4"));

        DROP.awaitReceipt("AUT", marker);

        assertThat(part).exists();
        assertThat(DROP.country("AUT").resolve("outbox").resolve(name + ".part.receipt.json"))
                .doesNotExist();
        Files.move(part, part.resolveSibling(name));
        assertThat(DROP.awaitReceipt("AUT", name).get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aFileJudgedButNotMovedOutOfItsInboxIsJudgedOnce() throws IOException {
        // a file where BEL's archive folder should be: every move into it fails, as after a crash
        Path blocker = DROP.country("BEL").resolve("inbox").resolve(".done");
        Files.writeString(blocker, "not a folder");
        String name = "bel-" + UUID.randomUUID() + ".csv";
        try {
            DROP.deliver("BEL", name, Fixtures.statCsv("BEL,VICT,_T,_T,_T,_T,_T,2008,5"));
            String id = DROP.awaitReceipt("BEL", name).get("id").asText();
            // two later files judged: the stuck one was seen again by at least two polls
            for (int i = 0; i < 2; i++) {
                String later = "aut-" + UUID.randomUUID() + ".csv";
                DROP.deliver("AUT", later, Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2011," + i));
                DROP.awaitReceipt("AUT", later);
            }
            assertThat(DROP.country("BEL").resolve("inbox").resolve(name)).exists();
            assertThat(submissionsNamed("BEL", name)).isEqualTo(1);

            Files.delete(blocker);
            DROP.awaitArchived("BEL", ".done", name);
            assertThat(submissionsNamed("BEL", name)).isEqualTo(1);
            assertThat(DROP.awaitReceipt("BEL", name).get("id").asText()).isEqualTo(id);
        } finally {
            if (Files.isRegularFile(blocker)) {
                Files.delete(blocker);
            }
        }
    }

    static long submissionsNamed(String country, String name) {
        long judged = 0;
        for (JsonNode s :
                Api.get("/submissions?country=" + country + "&size=500", User.ANALYST)
                        .json()
                        .get("items")) {
            if (s.get("fileName").asText().equals(name)) {
                judged++;
            }
        }
        return judged;
    }

    @Test
    void aLinkToAnotherCountrysFolderOrFileIsRefusedAndNoByteIsServed() throws IOException {
        // an Austrian-looking file kept in Germany's outbox: were the link followed, it would pass
        Path german = DROP.country("DEU").resolve("outbox").resolve("secret-" + UUID.randomUUID());
        Files.write(german, Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2012,7"));
        String toFile = "link-" + UUID.randomUUID() + ".csv";
        String toFolder = "deu-" + UUID.randomUUID();
        Path inbox = DROP.country("AUT").resolve("inbox");
        Files.createSymbolicLink(inbox.resolve(toFile), german);
        Files.createSymbolicLink(inbox.resolve(toFolder), DROP.country("DEU").resolve("inbox"));

        for (String name : new String[] {toFile, toFolder}) {
            JsonNode receipt = DROP.awaitReceipt("AUT", name);
            assertThat(receipt.get("status").asText()).isEqualTo("REJECTED");
            assertThat(receipt.toString()).contains("FILE_NOT_REGULAR");
            assertThat(receipt.get("sha256").isNull()).isTrue();
            DROP.awaitArchived("AUT", ".error", name);
            String id = receipt.get("id").asText();
            ProblemJsonIT.assertProblem(
                    Api.get("/submissions/" + id + "/file", User.GOVERNMENT_AUT), 404);
            assertThat(
                            Api.get("/submissions/" + id, User.GOVERNMENT_AUT)
                                    .json()
                                    .get("status")
                                    .asText())
                    .isEqualTo("REJECTED");
        }
        assertThat(Files.readAllBytes(german)).startsWith(Fixtures.HEADER.getBytes());
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedUnread() throws IOException {
        String name = "aut-big-" + UUID.randomUUID() + ".csv";
        long limit = Long.getLong("thb.it.max.upload.bytes", 10_000_000L);
        byte[] big = new byte[(int) limit + 1];
        java.util.Arrays.fill(big, (byte) 'x');
        DROP.deliver("AUT", name, big);

        JsonNode receipt = DROP.awaitReceipt("AUT", name);
        assertThat(receipt.get("status").asText()).isEqualTo("REJECTED");
        assertThat(receipt.toString()).contains("FILE_TOO_LARGE");
        DROP.awaitArchived("AUT", ".error", name);
        ProblemJsonIT.assertProblem(
                Api.get("/submissions/" + receipt.get("id").asText() + "/file", User.ANALYST), 404);
    }

    @Test
    void aHostileWorkbookGetsAReceiptWithItsCode() throws IOException {
        String name = "aut-" + UUID.randomUUID() + ".xlsx";
        DROP.deliver("AUT", name, Fixtures.fixture("xlsx-cell-beyond-last-column.xlsx"));

        JsonNode receipt = DROP.awaitReceipt("AUT", name);
        assertThat(receipt.get("status").asText()).isEqualTo("REJECTED");
        assertThat(receipt.toString()).contains("XLSX_CELL_OUT_OF_RANGE");
        DROP.awaitArchived("AUT", ".error", name);
    }

    @Test
    void aLineBreakInANameNeverForgesALineOfTheReceipt() throws IOException {
        String name = "aut-\nStatus: ACCEPTED-" + UUID.randomUUID() + ".csv";
        DROP.deliver("AUT", name, Fixtures.statCsv("DEU,VICT,_T,_T,_T,_T,_T,2013,1"));

        JsonNode receipt = DROP.awaitReceipt("AUT", name);
        assertThat(receipt.get("fileName").asText()).isEqualTo(name);
        String text = DROP.receiptText("AUT", name);
        assertThat(text.lines().filter(l -> l.startsWith("Status:")))
                .containsExactly("Status: REJECTED");
        assertThat(text).contains("aut-\\nStatus: ACCEPTED-");
    }
}
