package org.thbhub.it.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.thbhub.bench.IngestBenchmarkIT;
import org.thbhub.it.Await;
import org.thbhub.it.ItPostgres;
import org.thbhub.it.ItSftpServer;

/**
 * Two THB Hub nodes on one PostgreSQL, one drop folder and one SFTP server (issue 13,
 * docs/adr/0015), each a real WildFly started by this test with its own port offset and
 * THB_NODE_NAME: every file is judged exactly once and the nodes share the work; a node killed
 * (SIGKILL) in the middle of a million-row file loses nothing and resumes when restarted; both
 * nodes ride out a restart of the database. The figures (files per minute with two nodes and with
 * one, what was killed when) go to {@code target/nodes-benchmark.txt}; they are measured, never
 * asserted.
 *
 * <p>The tests run in order on the same two nodes, as the figures are compared across them, and
 * each leaves both nodes running. The nodes execution only (-Dit.test overrides its excludes).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfSystemProperty(named = "thb.it.database", matches = "nodes")
class NodesIT {

    private static final Path HOME = Path.of(System.getProperty("jboss.home"));
    private static final Path TARGET = HOME.getParent();
    private static final Path DROP = TARGET.resolve("it-data").resolve("nodes").resolve("thb-drop");
    private static final Path FIGURES = TARGET.resolve("nodes-benchmark.txt");
    private static final Path MILLION = TARGET.resolve("nodes-million-rows.csv");
    private static final int MILLION_ROWS = 1_000_000;

    /** Short, so that a killed node's file is taken over within the test's patience. */
    private static final int LEASE_SECONDS = 15;

    private static final Duration START = Duration.ofMinutes(5);
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Node a;
    private static Node b;
    private static Path sftp;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        Files.deleteIfExists(FIGURES);
        Files.createDirectories(DROP);
        sftp = ItSftpServer.current().files;
        int[] offsets = offsets();
        Path root = TARGET.resolve("it-nodes");
        a = Node.prepare("node-a", offsets[0], HOME, root, properties());
        b = Node.prepare("node-b", offsets[1], HOME, root, properties());
        Runtime.getRuntime().addShutdownHook(new Thread(NodesIT::stopBoth));
        a.start();
        b.start();
        CompletableFuture.allOf(
                        CompletableFuture.runAsync(() -> a.awaitReady(START)),
                        CompletableFuture.runAsync(() -> b.awaitReady(START)))
                .join();
        figure("machine: %d processors, load average at start %s", cores(), load());
    }

    @AfterAll
    static void stopBoth() {
        for (Node n : new Node[] {a, b}) {
            if (n != null) {
                n.stop();
            }
        }
    }

    /** it.nodes.port.offsets, or the suite's own offset + 50 and + 100. */
    private static int[] offsets() {
        String configured = System.getProperty("thb.it.nodes.port.offsets", "").strip();
        if (!configured.isEmpty()) {
            String[] parts = configured.split(",");
            return new int[] {
                Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())
            };
        }
        int own = Integer.getInteger("thb.it.port.offset", 100);
        return new int[] {own + 50, own + 100};
    }

    /** What arquillian.xml gives the single test server, pointed at the shared folders. */
    private static List<String> properties() {
        Path knownHosts = TARGET.resolve("it-sftp").resolve("nodes").resolve("known_hosts");
        return List.of(
                "-DTHB_DROP_DIR=" + DROP,
                "-DTHB_SFTP_ENABLED=true",
                "-DTHB_SFTP_HOST=127.0.0.1",
                "-DTHB_SFTP_PORT=" + ItSftpServer.current().port,
                "-DTHB_SFTP_USER=" + ItSftpServer.USER,
                "-DTHB_SFTP_PASSWORD=" + ItSftpServer.PASSWORD,
                "-DTHB_SFTP_KNOWN_HOSTS_FILE=" + knownHosts,
                "-DTHB_SFTP_POLL_DELAY_MS=500",
                "-Dthb.db.driver=postgresql.jar",
                "-DTHB_MAX_UPLOAD_BYTES=" + System.getProperty("thb.it.nodes.max.upload.bytes"),
                "-Dthb.drop.poll.delay.ms=300",
                "-DTHB_CLAIM_LEASE_SECONDS=" + LEASE_SECONDS);
    }

    @Test
    @Order(1)
    void twoHundredFilesAreJudgedOnceEachAndSplitBetweenTheNodes() throws Exception {
        Batch batch = new Batch("pair", "VICT", 200, 1980, DROP, sftp);
        String loadBefore = load();
        Instant start = batch.drop();
        batch.awaitReceipts(Duration.ofMinutes(5));
        Duration took = Duration.between(start, Instant.now());

        Map<String, String> nodeOf;
        try (Connection db = db()) {
            nodeOf = batch.assertJudgedOnceEach(db);
        }
        Map<String, Long> perNode =
                nodeOf.values().stream()
                        .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        figure(
                "two nodes: %d files in %.1f s = %.0f files/min (%s); load average %s before, %s"
                        + " after",
                batch.files.size(),
                seconds(took),
                perMinute(batch.files.size(), took),
                perNode,
                loadBefore,
                load());
        assertThat(perNode.keySet()).as("both nodes judged files").containsOnly(a.name, b.name);
        // the node that did not judge a file passed it over in silence: not a line about it
        String logA = a.logText();
        String logB = b.logText();
        List<String> spoken = new ArrayList<>();
        for (Map.Entry<String, String> judged : nodeOf.entrySet()) {
            String otherLog = judged.getValue().equals(a.name) ? logB : logA;
            otherLog.lines().filter(l -> l.contains(judged.getKey())).forEach(spoken::add);
        }
        assertThat(spoken).as("lines on a file by the node that did not judge it").isEmpty();
        // and neither node failed on one (two files of one country applied at once wait for
        // each other instead of deadlocking)
        for (String log : List.of(logA, logB)) {
            assertThat(
                            log.lines()
                                    .filter(l -> l.contains(batch.tag))
                                    .filter(l -> l.contains("failed")))
                    .as("failures on the batch's files")
                    .isEmpty();
        }
    }

    @Test
    @Order(2)
    void aNodeKilledInTheMiddleOfAMillionRowFileLosesNothingAndResumesWhenRestarted()
            throws Exception {
        Path file = millionRowFile();
        String name = "aut-million-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
        Path inbox = DROP.resolve("AUT").resolve("inbox");
        Files.copy(file, inbox.resolve(name + ".part"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(inbox.resolve(name + ".part"), inbox.resolve(name));

        // whichever node claimed it is the one to kill, once it is well into the file
        String source = "AUT/inbox/" + name;
        long[] staged = new long[1];
        String[] holder = new String[1];
        Await.until(
                "a node judging " + name + " with 100,000 rows staged",
                Duration.ofMinutes(4),
                () -> {
                    holder[0] = claimHolder(source).orElse(null);
                    staged[0] = rowsBeingStaged();
                    return holder[0] != null && staged[0] >= 100_000;
                });
        Node victim = holder[0].equals(a.name) ? a : b;
        Node survivor = victim == a ? b : a;
        Instant killedAt = Instant.now();
        long pid = victim.kill();
        figure(
                "killed %s (server JVM pid %d, SIGKILL) at %s while it judged %s: %d of %d rows"
                        + " staged",
                victim.name, pid, killedAt, name, staged[0], MILLION_ROWS);

        // its transaction died with its connection: the COPY is gone, nothing was committed
        Await.until(
                "the killed node's COPY to end",
                Duration.ofSeconds(30),
                () -> rowsBeingStaged() == 0);
        try (Connection db = db()) {
            assertThat(submissions(db, name)).isEmpty();
        }

        // the survivor takes it over once the lease has run out and judges it whole
        Path receipt = DROP.resolve("AUT").resolve("outbox").resolve(name + ".receipt.json");
        Await.until(
                "the receipt of " + name,
                Duration.ofMinutes(6),
                () ->
                        Files.exists(receipt)
                                && Files.exists(receipt.resolveSibling(name + ".receipt.txt")));
        Instant judgedAt = Instant.now();
        assertThat(survivor.logLines(name + ": taken over from node " + victim.name)).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(receipt.toFile());
        assertThat(json.get("status").asText()).as(json.toString()).isEqualTo("ACCEPTED");
        assertThat(json.get("node").asText()).isEqualTo(survivor.name);
        try (Connection db = db()) {
            List<String> ids = submissions(db, name);
            assertThat(ids).as("submissions of " + name).hasSize(1);
            assertThat(ids.get(0)).isEqualTo(json.get("id").asText());
            try (PreparedStatement s =
                    db.prepareStatement(
                            "select count(*), count(distinct current_key),"
                                    + " count(distinct submission_id) from observation"
                                    + " where ref_area = 'AUT' and time_period between 1980 and 2025"
                                    + " and indicator in ('VICT', 'VICT_IDENT', 'VICT_PRES', 'INVEST',"
                                    + " 'SUSP', 'PROS', 'CONV', 'OFFENCE')")) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    assertThat(r.getLong(1)).as("observations stored").isEqualTo(MILLION_ROWS);
                    assertThat(r.getLong(2)).as("distinct current keys").isEqualTo(MILLION_ROWS);
                    assertThat(r.getLong(3)).as("submissions they came from").isEqualTo(1);
                }
            }
        }
        figure(
                "%s took %s over and judged it: receipt %.0f s after the kill",
                survivor.name, name, seconds(Duration.between(killedAt, judgedAt)));

        // meanwhile one node alone: the same 200 small files
        Batch alone = new Batch("alone", "INVEST", 200, 1980, DROP, sftp);
        String loadBefore = load();
        Instant start = alone.drop();
        alone.awaitReceipts(Duration.ofMinutes(5));
        Duration took = Duration.between(start, Instant.now());
        try (Connection db = db()) {
            assertThat(alone.assertJudgedOnceEach(db).values()).containsOnly(survivor.name);
        }
        figure(
                "one node (%s; %s killed): %d files in %.1f s = %.0f files/min; load average %s"
                        + " before, %s after",
                survivor.name,
                victim.name,
                alone.files.size(),
                seconds(took),
                perMinute(alone.files.size(), took),
                loadBefore,
                load());

        // restarted, the killed node takes its share again without anyone's help
        Instant restartedAt = Instant.now();
        victim.start();
        victim.awaitReady(START);
        figure(
                "restarted %s at %s: ready %.0f s later",
                victim.name, restartedAt, seconds(Duration.between(restartedAt, Instant.now())));
        awaitShareOf(victim, "SUSP", "resume");
    }

    @Test
    @Order(3)
    void bothNodesRecoverByThemselvesWhenTheDatabaseRestarts() throws Exception {
        Instant stoppedAt = Instant.now();
        ItPostgres.stop();
        Batch during;
        try {
            during = new Batch("outage", "PROS", 20, 1980, DROP, sftp);
            during.drop();
            for (Node n : new Node[] {a, b}) {
                Await.until(
                        n.name + " out of the rotation (readiness 503)",
                        OUTAGE,
                        Duration.ofSeconds(1),
                        () -> n.readiness() == 503);
                HttpResponse<String> answer = get(n, "/submissions");
                assertThat(answer.statusCode()).as(n.name + ": " + answer.body()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("application/problem+json");
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                assertThat(new ObjectMapper().readTree(answer.body()).get("status").asInt())
                        .isEqualTo(503);
            }
            // a minute without the database: nothing is judged, nothing is lost
            Await.until(
                    "a minute of outage",
                    OUTAGE.plusSeconds(30),
                    () -> Instant.now().isAfter(stoppedAt.plus(OUTAGE)));
            assertThat(during.receipted()).isZero();
            for (Batch.File f : during.files) {
                assertThat(f.inbox().resolve(f.name())).exists();
            }
        } finally {
            ItPostgres.start();
        }
        Instant startedAt = Instant.now();
        for (Node n : new Node[] {a, b}) {
            n.awaitReady(Duration.ofMinutes(2));
        }
        during.awaitReceipts(Duration.ofMinutes(3));
        figure(
                "database stopped at %s for %.0f s; both nodes ready again and the %d files"
                        + " dropped meanwhile judged %.0f s after it was back",
                stoppedAt,
                seconds(Duration.between(stoppedAt, startedAt)),
                during.files.size(),
                seconds(Duration.between(startedAt, Instant.now())));
        try (Connection db = db()) {
            during.assertJudgedOnceEach(db);
        }
        for (Node n : new Node[] {a, b}) {
            assertThat(get(n, "/submissions").statusCode()).as(n.name).isEqualTo(200);
            // a failure is logged once per file and node, not at every poll
            for (Batch.File f : during.files) {
                assertThat(n.logLines(f.name() + ": judging failed"))
                        .as(n.name + " on " + f.name())
                        .isLessThanOrEqualTo(1);
            }
        }
    }

    /** Rounds of ten files until the node has judged one of them: it takes part again. */
    private static void awaitShareOf(Node node, String indicator, String label)
            throws SQLException, IOException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        for (int round = 0; ; round++) {
            Batch batch = new Batch(label + round, indicator, 10, 1980 + 2 * round, DROP, sftp);
            batch.drop();
            batch.awaitReceipts(Duration.ofMinutes(2));
            try (Connection db = db()) {
                if (batch.assertJudgedOnceEach(db).containsValue(node.name)) {
                    return;
                }
            }
            assertThat(Instant.now())
                    .as(node.name + " judged none of the files")
                    .isBefore(deadline);
        }
    }

    /** Generated once per build folder: 75 MB, a minute or more to judge on this machine. */
    private static Path millionRowFile() throws IOException {
        if (!Files.exists(MILLION)) {
            Path part = MILLION.resolveSibling(MILLION.getFileName() + ".part");
            IngestBenchmarkIT.generate(MILLION_ROWS, part);
            Files.move(part, MILLION, StandardCopyOption.ATOMIC_MOVE);
        }
        return MILLION;
    }

    private static Optional<String> claimHolder(String source) {
        try (Connection db = db();
                PreparedStatement s =
                        db.prepareStatement("select node from file_claim where source = ?")) {
            s.setString(1, source);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows the COPY into staging has taken so far (PostgreSQL's own progress view). */
    private static long rowsBeingStaged() {
        try (Connection db = db();
                PreparedStatement s =
                        db.prepareStatement(
                                "select coalesce(max(tuples_processed), 0) from"
                                        + " pg_stat_progress_copy"
                                        + " where relid = 'observation_stage'::regclass")) {
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> submissions(Connection db, String name) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s =
                db.prepareStatement("select id from submission where file_name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("THB_DB_URL"),
                System.getenv("THB_DB_USER"),
                System.getenv("THB_DB_PASSWORD"));
    }

    /** A GET of the API as the first administrator (THB_AUTH=jdbc), as a script would call it. */
    private static HttpResponse<String> get(Node node, String path) {
        String credentials = "admin:" + System.getenv("THB_ADMIN_PASSWORD");
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(node.api() + path))
                            .timeout(Duration.ofSeconds(60))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            credentials.getBytes(
                                                                    StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void figure(String format, Object... args) {
        String line = format.formatted(args);
        System.out.println(line);
        try {
            Files.writeString(
                    FIGURES, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static double perMinute(int files, Duration took) {
        return files * 60_000.0 / Math.max(1, took.toMillis());
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
