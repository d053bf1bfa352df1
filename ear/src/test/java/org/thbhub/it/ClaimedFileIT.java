package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.User;

/**
 * Another node on the same database (docs/adr/0015), played by this test: it holds the claim of a
 * file in the shared drop folder, as a node judging it would. The server leaves the file alone,
 * without a receipt or a log line, while the claim holds, and takes it over once the other node's
 * lease has run out (a node killed mid-file): one submission, one receipt. PostgreSQL only: the
 * test reaches the database the server uses, as a second node would.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "thb.it.database", matches = "postgresql")
class ClaimedFileIT {

    private static final Duration LEFT_OF_THE_LEASE = Duration.ofSeconds(15);

    @Test
    void aFileAnotherNodeHoldsIsSkippedSilentlyAndTakenOverWhenItsLeaseRunsOut() throws Exception {
        String name = "aut-claimed-" + UUID.randomUUID() + ".csv";
        byte[] content = Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2003," + distinct());
        Path inbox = DropFolderIT.DROP.country("AUT").resolve("inbox");
        Path part = inbox.resolve(name + ".part");
        Files.write(part, content);
        long modified = Instant.now().minusSeconds(30).toEpochMilli();
        Files.setLastModifiedTime(part, FileTime.fromMillis(modified));
        Instant leaseEnds = Instant.now().plus(LEFT_OF_THE_LEASE);
        claimAsAnotherNode(claimKey("AUT/inbox/" + name, content.length, modified), leaseEnds);
        Files.move(part, inbox.resolve(name));

        // a later file of the same country goes through meanwhile; the held one does not
        String marker = "aut-claim-marker-" + UUID.randomUUID() + ".csv";
        DropFolderIT.DROP.deliver(
                "AUT", marker, Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2004," + distinct()));
        DropFolderIT.DROP.awaitReceipt("AUT", marker);
        assertThat(Instant.now()).isBefore(leaseEnds);
        assertThat(inbox.resolve(name)).exists();
        assertThat(
                        DropFolderIT.DROP
                                .country("AUT")
                                .resolve("outbox")
                                .resolve(name + ".receipt.json"))
                .doesNotExist();
        assertThat(DropFolderIT.submissionsNamed("AUT", name)).isZero();
        assertThat(ServerLog.lines(name)).isZero();

        JsonNode receipt = DropFolderIT.DROP.awaitReceipt("AUT", name);
        assertThat(Instant.now()).isAfter(leaseEnds);
        assertThat(receipt.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(receipt.get("node").asText()).isNotBlank().isNotEqualTo("node-b");
        DropFolderIT.DROP.awaitArchived("AUT", ".done", name);
        assertThat(DropFolderIT.submissionsNamed("AUT", name)).isEqualTo(1);
        assertThat(ServerLog.lines(name + ": taken over from node node-b")).isEqualTo(1);
        assertThat(DropFolderIT.DROP.receiptText("AUT", name)).contains("Judged by node: ");

        // the audit names the node too
        JsonNode audit = Api.get("/audit?action=SUBMISSION&size=50", User.ADMIN).json();
        boolean named = false;
        for (JsonNode e : audit.get("items")) {
            if (e.get("target").asText().contains(name)) {
                assertThat(e.get("node").asText()).isEqualTo(receipt.get("node").asText());
                named = true;
            }
        }
        assertThat(named).as("an audit line for " + name).isTrue();
    }

    /** A value no other file sent, so neither file is a DUPLICATE. */
    private static int distinct() {
        return 1000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
    }

    /** The delivery key without content hash (docs/adr/0008, 0015), as every node computes it. */
    private static String claimKey(String source, long size, long modifiedMillis)
            throws NoSuchAlgorithmException {
        String identity =
                String.join(
                        "\n",
                        "DROP",
                        "AUT",
                        source,
                        Long.toString(size),
                        Long.toString(modifiedMillis),
                        "-");
        return HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256")
                                .digest(identity.getBytes(StandardCharsets.UTF_8)));
    }

    private static void claimAsAnotherNode(String key, Instant leaseUntil)
            throws SQLException, IOException {
        try (Connection c =
                        DriverManager.getConnection(
                                System.getenv("THB_DB_URL"),
                                System.getenv("THB_DB_USER"),
                                System.getenv("THB_DB_PASSWORD"));
                PreparedStatement s =
                        c.prepareStatement(
                                "insert into file_claim (claim_key, source, node, claimed_at,"
                                        + " lease_until) values (?, ?, 'node-b', ?, ?)")) {
            s.setString(1, key);
            s.setString(2, "AUT/inbox/(held by the test)");
            s.setTimestamp(3, Timestamp.from(leaseUntil.minusSeconds(60)));
            s.setTimestamp(4, Timestamp.from(leaseUntil));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
