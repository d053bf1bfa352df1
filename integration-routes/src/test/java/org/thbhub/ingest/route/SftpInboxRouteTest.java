package org.thbhub.ingest.route;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.Channel;

/** The SFTP channel against a real SFTP server in this JVM; the pipeline is a fake. */
class SftpInboxRouteTest {

    private static final String STAMP = "\\d{8}T\\d{9}-";

    @TempDir Path temp;

    private SftpTestServer server;
    private Path root;
    private Path work;
    private final FakeIntake intake = new FakeIntake();
    private CamelContext camel;
    private SftpInboxRoute route;

    @BeforeEach
    void startServer() throws IOException {
        Path served = temp.resolve("server");
        root = served.resolve("thb");
        for (String country : List.of("AUT", "BEL")) {
            Files.createDirectories(root.resolve(country).resolve("inbox"));
            Files.createDirectories(root.resolve(country).resolve("outbox"));
        }
        work = temp.resolve("work");
        server = new SftpTestServer(served).start();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (camel != null) {
            camel.close();
        }
        server.close();
    }

    @Test
    void an_accepted_file_moves_to_done_and_both_receipts_name_its_submission() throws Exception {
        startRoute(byKey(server.knownHosts(temp)));

        drop("AUT", "stat.csv", "ACCEPT\nREF_AREA,INDICATOR\n");

        Path archived = awaitArchived("AUT", ".done", "stat.csv");
        assertThat(archived.getFileName().toString()).matches(STAMP + "stat\\.csv");
        assertThat(inbox("AUT").resolve("stat.csv")).doesNotExist();
        FakeIntake.Call call = intake.only("stat.csv");
        assertThat(call.country()).isEqualTo(CountryCode.of("AUT"));
        assertThat(call.channel()).isEqualTo(Channel.SFTP);
        assertThat(call.content()).isEqualTo("ACCEPT\nREF_AREA,INDICATOR\n");

        String id = call.receipt().id().toString();
        JsonObject json = receiptJson("AUT", "stat.csv");
        assertThat(json.getString("id")).isEqualTo(id);
        assertThat(json.getString("status")).isEqualTo("ACCEPTED");
        assertThat(json.getString("country")).isEqualTo("AUT");
        assertThat(json.getString("channel")).isEqualTo("SFTP");
        assertThat(receiptText("AUT", "stat.csv"))
                .contains("Submission " + id)
                .contains("Status: ACCEPTED");
        assertThat(names(outbox("AUT")))
                .containsExactlyInAnyOrder("stat.csv.receipt.json", "stat.csv.receipt.txt");
        assertThat(server.logins.get()).isPositive();
        Await.until("the judged file forgotten once archived", () -> intake.pending() == 0);
        Await.until("the local copy deleted", () -> filesUnder(work.resolve("download")) == 0);
    }

    @Test
    void a_rejected_file_moves_to_error_and_both_receipts_list_the_problem() throws Exception {
        startRoute(byPassword(server.knownHosts(temp)));

        drop("BEL", "bad.csv", "no data here");

        Path archived = awaitArchived("BEL", ".error", "bad.csv");
        assertThat(archived.getFileName().toString()).matches(STAMP + "bad\\.csv");
        assertThat(archived).hasContent("no data here");
        String id = intake.only("bad.csv").receipt().id().toString();
        JsonObject json = receiptJson("BEL", "bad.csv");
        assertThat(json.getString("id")).isEqualTo(id);
        assertThat(json.getString("status")).isEqualTo("REJECTED");
        assertThat(json.getString("country")).isEqualTo("BEL");
        assertThat(json.getJsonObject("report").getJsonArray("problems"))
                .singleElement()
                .satisfies(
                        p ->
                                assertThat(p.asJsonObject().getString("code"))
                                        .isEqualTo(FakeIntake.PROBLEM_CODE));
        assertThat(receiptText("BEL", "bad.csv"))
                .contains("Submission " + id)
                .contains("Status: REJECTED")
                .contains("[" + FakeIntake.PROBLEM_CODE + "]: " + FakeIntake.PROBLEM_MESSAGE);
        assertThat(archivedNames("BEL", ".done")).isEmpty();
    }

    @Test
    void a_file_still_being_written_is_ignored_until_it_is_renamed() throws Exception {
        Files.writeString(inbox("AUT").resolve("late.csv.part"), "ACCEPT half");
        Files.writeString(inbox("AUT").resolve("scratch.tmp"), "ACCEPT");
        Files.writeString(inbox("AUT").resolve("winscp.csv.filepart"), "ACCEPT");
        Files.writeString(inbox("AUT").resolve(".hidden.csv"), "ACCEPT");
        Files.writeString(root.resolve("AUT").resolve("stray.csv"), "ACCEPT");
        startRoute(byPassword(server.knownHosts(temp)));

        // files written after the others: once it is judged, the others were seen and skipped
        drop("AUT", "canary.csv", "ACCEPT");
        awaitArchived("AUT", ".done", "canary.csv");
        assertThat(intake.fileNames()).containsExactly("canary.csv");

        Files.move(inbox("AUT").resolve("late.csv.part"), inbox("AUT").resolve("late.csv"));
        awaitArchived("AUT", ".done", "late.csv");
        assertThat(intake.fileNames()).containsExactly("canary.csv", "late.csv");
        assertThat(intake.only("late.csv").content()).isEqualTo("ACCEPT half");
        assertThat(names(inbox("AUT")))
                .containsExactlyInAnyOrder("scratch.tmp", "winscp.csv.filepart", ".hidden.csv");
        assertThat(root.resolve("AUT").resolve("stray.csv")).exists();
    }

    @Test
    void a_server_with_another_host_key_is_refused_and_nothing_is_judged() throws Exception {
        drop("AUT", "stat.csv", "ACCEPT");
        startRoute(byPassword(server.knownHosts(temp, SftpTestServer.newKeyPair())));

        Await.until("two connection attempts", () -> server.connections.get() >= 2);
        Await.until("a failed poll", () -> consumer().getErrorCounter() > 0);

        assertThat(server.logins.get()).as("logins").isZero();
        assertThat(intake.calls).isEmpty();
        assertThat(inbox("AUT").resolve("stat.csv")).exists();
        assertThat(names(outbox("AUT"))).isEmpty();
    }

    @Test
    void a_file_waiting_through_an_outage_is_judged_exactly_once_after_it() throws Exception {
        startRoute(byPassword(server.knownHosts(temp)));
        drop("AUT", "before.csv", "ACCEPT");
        awaitArchived("AUT", ".done", "before.csv");

        server.stop();
        Await.until("the route to notice the outage", () -> consumer().getErrorCounter() > 0);
        drop("AUT", "waiting.csv", "ACCEPT");
        Await.until("more failed polls", () -> consumer().getErrorCounter() > 1);
        assertThat(intake.fileNames()).containsExactly("before.csv");

        int loginsBefore = server.logins.get();
        server.start();
        awaitArchived("AUT", ".done", "waiting.csv");
        assertThat(server.logins.get()).isGreaterThan(loginsBefore);
        long polls = consumer().getCounter();
        Await.until("three more polls", () -> consumer().getCounter() >= polls + 3);

        assertThat(intake.fileNames()).containsExactly("before.csv", "waiting.csv");
        assertThat(archivedNames("AUT", ".done")).hasSize(2);
        assertThat(receiptJson("AUT", "waiting.csv").getString("id"))
                .isEqualTo(intake.only("waiting.csv").receipt().id().toString());
    }

    @Test
    void a_judged_file_whose_move_failed_is_not_judged_again_even_after_a_restart()
            throws Exception {
        SftpSettings settings = byPassword(server.knownHosts(temp));
        server.refuseArchiving = true;
        startRoute(settings);
        drop("AUT", "once.csv", "ACCEPT");

        Await.until("two refused moves", () -> server.refusedArchiveMoves.get() >= 2);
        assertThat(intake.fileNames()).containsExactly("once.csv");
        assertThat(inbox("AUT").resolve("once.csv")).exists();
        assertThat(intake.pending()).isEqualTo(1);
        String id = intake.only("once.csv").receipt().id().toString();
        assertThat(receiptJson("AUT", "once.csv").getString("id")).isEqualTo(id);

        camel.close(); // the server (WildFly) restarts; the database keeps the delivery
        server.refuseArchiving = false;
        startRoute(settings);

        awaitArchived("AUT", ".done", "once.csv");
        assertThat(intake.fileNames()).containsExactly("once.csv");
        assertThat(receiptJson("AUT", "once.csv").getString("id")).isEqualTo(id);
        Await.until("the judged file forgotten once archived", () -> intake.pending() == 0);
    }

    /** THB_SFTP_ROOT=/thb: absolute, as the server names it (the account's home is / here). */
    @Test
    void an_absolute_root_reaches_camel_absolute_and_its_files_are_judged() throws Exception {
        SftpSettings relative = byPassword(server.knownHosts(temp));
        startRoute(
                new SftpSettings(
                        relative.host(),
                        relative.port(),
                        relative.user(),
                        relative.password(),
                        relative.privateKeyFile(),
                        relative.knownHostsFile(),
                        "/thb",
                        relative.pollDelay()));

        SftpEndpoint endpoint =
                (SftpEndpoint) camel.getRoute(SftpInboxRoute.ROUTE_ID).getEndpoint();
        assertThat(endpoint.getConfiguration().getDirectory()).isEqualTo("/thb");
        drop("AUT", "absolute.csv", "ACCEPT\nREF_AREA,INDICATOR\n");

        awaitArchived("AUT", ".done", "absolute.csv");
        assertThat(receiptJson("AUT", "absolute.csv").getString("status")).isEqualTo("ACCEPTED");
        assertThat(intake.only("absolute.csv").country()).isEqualTo(CountryCode.of("AUT"));
    }

    private SftpSettings byPassword(Path knownHosts) {
        return new SftpSettings(
                "127.0.0.1",
                server.port(),
                SftpTestServer.USER,
                Optional.of(SftpTestServer.PASSWORD),
                Optional.empty(),
                knownHosts,
                "thb",
                Duration.ofMillis(200));
    }

    private SftpSettings byKey(Path knownHosts) throws IOException {
        return new SftpSettings(
                "127.0.0.1",
                server.port(),
                SftpTestServer.USER,
                Optional.empty(),
                Optional.of(server.clientKeyFile(temp)),
                knownHosts,
                "thb",
                Duration.ofMillis(200));
    }

    /** What a consumer reports (Camel logs it by default). */
    private record Recording(List<Throwable> reported) implements ExceptionHandler {
        @Override
        public void handleException(Throwable exception) {
            reported.add(exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            reported.add(exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            reported.add(exception);
        }
    }

    private void startRoute(SftpSettings settings) throws Exception {
        startRoute(settings, consumer -> {});
    }

    /** Starts the route with its consumer prepared before the first poll. */
    private void startRoute(
            SftpSettings settings, java.util.function.Consumer<ScheduledPollConsumer> prepare)
            throws Exception {
        camel = new DefaultCamelContext();
        camel.setAutoStartup(false);
        Properties properties = new Properties();
        properties.putAll(SftpInboxRoute.properties(settings, work));
        properties.setProperty("thb.max.upload.bytes", "1000");
        camel.getPropertiesComponent().setInitialProperties(properties);
        route = new SftpInboxRoute(settings, intake);
        camel.addRoutes(route);
        camel.start();
        prepare.accept(consumer());
        camel.getRouteController().startAllRoutes();
    }

    private ScheduledPollConsumer consumer() {
        return (ScheduledPollConsumer) camel.getRoute(SftpInboxRoute.ROUTE_ID).getConsumer();
    }

    /** As a careful client does: upload under a .part name, then rename. */
    private void drop(String country, String name, String content) throws IOException {
        Path part = inbox(country).resolve(name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, inbox(country).resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private Path awaitArchived(String country, String folder, String name) {
        Await.until(
                name + " in " + country + "/inbox/" + folder + " with both receipts",
                () ->
                        archivedNames(country, folder).stream()
                                        .anyMatch(n -> n.endsWith("-" + name))
                                && Files.exists(outbox(country).resolve(name + ".receipt.json"))
                                && Files.exists(outbox(country).resolve(name + ".receipt.txt")));
        return archivedNames(country, folder).stream()
                .filter(n -> n.endsWith("-" + name))
                .map(n -> inbox(country).resolve(folder).resolve(n))
                .findFirst()
                .orElseThrow();
    }

    private List<String> archivedNames(String country, String folder) {
        Path dir = inbox(country).resolve(folder);
        return Files.isDirectory(dir) ? names(dir) : List.of();
    }

    /**
     * A replayed receipt replaces the earlier one (camel-ftp deletes, then renames into place):
     * read it once it is there.
     */
    private JsonObject receiptJson(String country, String name) {
        Path receipt = outbox(country).resolve(name + ".receipt.json");
        String[] text = new String[1];
        Await.until(
                "a readable " + receipt,
                () -> {
                    try {
                        text[0] = Files.readString(receipt);
                        return true;
                    } catch (IOException e) {
                        return false;
                    }
                });
        return Json.createReader(new StringReader(text[0])).readObject();
    }

    private String receiptText(String country, String name) throws IOException {
        return Files.readString(outbox(country).resolve(name + ".receipt.txt"));
    }

    private Path inbox(String country) {
        return root.resolve(country).resolve("inbox");
    }

    private Path outbox(String country) {
        return root.resolve(country).resolve("outbox");
    }

    private static long filesUnder(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Regular files only: the archive folders are not part of an inbox listing. */
    private static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Two nodes poll one server: a file the other node took while this one's read lock listed its
     * folder is passed over in silence, not reported, and the next file is judged as usual.
     */
    @Test
    void aFileTakenByAnotherNodeDuringTheReadLockIsPassedOverInSilence() throws Exception {
        server.takenByAnother = Path.of("thb", "AUT", "inbox", "taken.csv");
        drop("AUT", "taken.csv", "ACCEPT taken by the other node");
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        startRoute(
                byPassword(server.knownHosts(temp)),
                consumer -> consumer.setExceptionHandler(new Recording(reported)));
        Await.until(
                "the read lock's listing of AUT/inbox",
                () -> server.takenFolderListings.get() >= 2);

        drop("AUT", "later.csv", "ACCEPT later");
        awaitArchived("AUT", ".done", "later.csv");
        assertThat(reported).as("failures the consumer reported").isEmpty();
        assertThat(intake.calls).extracting(FakeIntake.Call::fileName).containsExactly("later.csv");
        assertThat(inbox("AUT").resolve(".done").resolve("taken.csv")).exists();
    }

    @Test
    void aLinkToAnotherCountrysFileOrFolderIsRefusedUnread() throws Exception {
        Path secret = outbox("BEL").resolve("belgian.csv");
        Files.writeString(secret, "ACCEPT belgian figures");
        Files.createSymbolicLink(inbox("AUT").resolve("evil.csv"), secret);
        startRoute(byPassword(server.knownHosts(temp)));

        awaitArchived("AUT", ".error", "evil.csv");
        assertThat(intake.refused).contains("evil.csv FILE_NOT_REGULAR");
        assertThat(intake.calls).extracting(FakeIntake.Call::fileName).doesNotContain("evil.csv");
        assertThat(receiptJson("AUT", "evil.csv").toString()).contains("FILE_NOT_REGULAR");
        assertThat(Files.readString(secret)).isEqualTo("ACCEPT belgian figures");
    }

    /**
     * On the SFTP server a backslash is a character of the name, never a folder separator; so are
     * the glob characters of the client library. The receipts' names carry {@code _} for them.
     */
    @Test
    void aBackslashOrAGlobCharacterInANameIsAPlainCharacter() throws Exception {
        startRoute(byPassword(server.knownHosts(temp)));
        drop("AUT", "a\\b.csv", "ACCEPT\nREF_AREA,INDICATOR\n");
        drop("AUT", "c*d?.csv", "ACCEPT\nREF_AREA,SEX\n");
        Await.until(
                "both files archived with their receipts",
                () ->
                        entries(inbox("AUT").resolve(".done")).stream()
                                                .filter(n -> n.matches(STAMP + "(a_b|c_d_)\\.csv"))
                                                .count()
                                        == 2
                                && Files.exists(outbox("AUT").resolve("a_b.csv.receipt.txt"))
                                && Files.exists(outbox("AUT").resolve("c_d_.csv.receipt.txt")));
        assertThat(intake.only("a\\b.csv").content()).isEqualTo("ACCEPT\nREF_AREA,INDICATOR\n");
        assertThat(intake.only("c*d?.csv").content()).isEqualTo("ACCEPT\nREF_AREA,SEX\n");
        assertThat(receiptJson("AUT", "a_b.csv").getString("fileName")).isEqualTo("a\\b.csv");
        assertThat(inbox("AUT").resolve("a")).doesNotExist();
        assertThat(outbox("AUT").resolve("a")).doesNotExist();
    }

    /** Camel never hands a folder on: it is found while polling, refused and moved aside. */
    @Test
    void aFolderInAnInboxIsRefusedUnreadAndMovedAside() throws Exception {
        Path folder = inbox("AUT").resolve("figures");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("inside.csv"), "ACCEPT hidden");
        startRoute(byPassword(server.knownHosts(temp)));

        Await.until(
                "the folder moved to AUT/inbox/.error with both receipts",
                () ->
                        Files.exists(outbox("AUT").resolve("figures.receipt.txt"))
                                && !Files.exists(folder)
                                && entries(inbox("AUT").resolve(".error")).stream()
                                        .anyMatch(n -> n.matches(STAMP + "figures")));
        assertThat(intake.refused).containsExactly("figures FILE_NOT_REGULAR");
        assertThat(intake.calls).isEmpty();
        assertThat(receiptJson("AUT", "figures").getString("status")).isEqualTo("REJECTED");
        assertThat(receiptJson("AUT", "figures").toString()).contains("FILE_NOT_REGULAR");
    }

    private static List<String> entries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var entries = Files.list(dir)) {
            return entries.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithoutBeingDownloaded() throws Exception {
        startRoute(byPassword(server.knownHosts(temp)));
        drop("AUT", "big.csv", "ACCEPT" + "x".repeat(2000));

        awaitArchived("AUT", ".error", "big.csv");
        assertThat(intake.refused).contains("big.csv FILE_TOO_LARGE");
        assertThat(intake.calls).isEmpty();
    }
}
