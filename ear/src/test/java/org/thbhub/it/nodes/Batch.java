package org.thbhub.it.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thbhub.it.Await;

/**
 * Small files dropped at once into several country inboxes, four in five into the shared drop
 * folder and one in five onto the shared SFTP server: each one row whose key (country, indicator,
 * year) no other file of the run sends, with a value of its own, so every file is ACCEPTED and
 * stores exactly one observation.
 */
final class Batch {

    /** Drop-folder countries (participating States); DEU is the SFTP server's. */
    private static final List<String> DROP_COUNTRIES = List.of("BEL", "CZE", "DNK", "EST");

    private static final String HEADER =
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,SEX,AGE,CITIZEN,EXPL,RECRUIT,"
                    + "TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,COMMENT\n";

    record File(Path inbox, Path outbox, String country, String name, byte[] content) {

        Path receiptJson() {
            return outbox.resolve(name + ".receipt.json");
        }

        boolean receipted() {
            return Files.exists(receiptJson())
                    && Files.exists(outbox.resolve(name + ".receipt.txt"));
        }
    }

    /** What the database says about one file: its only submission. */
    record Judged(String id, String node, String status, long observations) {}

    final String tag;
    final List<File> files = new ArrayList<>();

    /**
     * {@code count} files of one indicator; {@code firstYear} keeps the keys of several batches of
     * the same indicator apart.
     */
    Batch(String label, String indicator, int count, int firstYear, Path drop, Path sftp) {
        this.tag = "nodes-" + label + "-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            boolean onSftp = i % 5 == 4;
            String country = onSftp ? "DEU" : DROP_COUNTRIES.get(i % 5);
            Path root = (onSftp ? sftp : drop).resolve(country);
            int year = firstYear + i / 5;
            String csv =
                    HEADER
                            + "dataflow,THB:THB_STAT(1.0),I,%s,%s,_T,_T,_T,_T,_T,%d,%d,A,F,%s\n"
                                    .formatted(country, indicator, year, 1 + i, tag);
            files.add(
                    new File(
                            root.resolve("inbox"),
                            root.resolve("outbox"),
                            country,
                            "%s-%03d.csv".formatted(tag, i),
                            csv.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * Writes every file under a temporary name first, then renames them one after the other, as
     * many clients finishing at once would. Answers the moment the first rename happened.
     */
    Instant drop() {
        try {
            for (File f : files) {
                Files.createDirectories(f.inbox());
                Files.write(f.inbox().resolve(f.name() + ".part"), f.content());
            }
            Instant start = Instant.now();
            for (File f : files) {
                Files.move(f.inbox().resolve(f.name() + ".part"), f.inbox().resolve(f.name()));
            }
            return start;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitReceipts(Duration timeout) {
        Await.until(
                "receipts of the " + files.size() + " files of " + tag,
                timeout,
                () -> files.stream().allMatch(File::receipted));
    }

    long receipted() {
        return files.stream().filter(File::receipted).count();
    }

    /**
     * Each file has exactly one submission, ACCEPTED, with one observation, and the one receipt in
     * its outbox is that submission's, naming the node the database names. Answers the node that
     * judged each file.
     */
    Map<String, String> assertJudgedOnceEach(Connection db) throws SQLException, IOException {
        Map<String, List<Judged>> byName = new LinkedHashMap<>();
        try (PreparedStatement s =
                db.prepareStatement(
                        "select s.file_name, s.id, s.node, s.status,"
                                + " (select count(*) from observation o where o.submission_id = s.id)"
                                + " from submission s where s.file_name like ?")) {
            s.setString(1, tag + "-%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byName.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(
                                    new Judged(
                                            r.getString(2),
                                            r.getString(3),
                                            r.getString(4),
                                            r.getLong(5)));
                }
            }
        }
        Map<String, String> nodeOf = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (File f : files) {
            List<Judged> judged = byName.getOrDefault(f.name(), List.of());
            assertThat(judged).as("submissions of " + f.name()).hasSize(1);
            Judged j = judged.get(0);
            assertThat(j.status()).as(f.name()).isEqualTo("ACCEPTED");
            assertThat(j.observations()).as("observations of " + f.name()).isEqualTo(1);
            JsonNode receipt = json.readTree(f.receiptJson().toFile());
            assertThat(receipt.get("id").asText()).as("receipt of " + f.name()).isEqualTo(j.id());
            assertThat(receipt.get("node").asText()).as(f.name()).isEqualTo(j.node());
            nodeOf.put(f.name(), j.node());
        }
        // no value stored twice: the batch's values are exactly one per file
        try (PreparedStatement s =
                db.prepareStatement(
                        "select count(*), count(distinct obs_value) from observation where comment = ?")) {
            s.setString(1, tag);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getLong(1)).as("observations of " + tag).isEqualTo(files.size());
                assertThat(r.getLong(2)).as("values of " + tag).isEqualTo(files.size());
            }
        }
        return nodeOf;
    }
}
