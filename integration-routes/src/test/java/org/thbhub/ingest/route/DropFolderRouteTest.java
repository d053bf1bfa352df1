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
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thbhub.submission.Channel;

/** The drop folder route on a real local folder; the pipeline is a fake. */
class DropFolderRouteTest {

    @TempDir Path root;

    private final FakeIntake intake = new FakeIntake();
    private CamelContext camel;

    @BeforeEach
    void folders() throws IOException {
        for (String country : List.of("AUT", "BEL")) {
            Files.createDirectories(root.resolve(country).resolve("inbox"));
            Files.createDirectories(root.resolve(country).resolve("outbox"));
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (camel != null) {
            camel.close();
        }
    }

    @Test
    void anAcceptedFileMovesToDoneAndItsDeliveryIsArchived() throws Exception {
        start();
        drop("AUT", "stat.csv", "ACCEPT");

        awaitArchived("AUT", ".done", "stat.csv");
        FakeIntake.Call call = intake.only("stat.csv");
        assertThat(call.channel()).isEqualTo(Channel.DROP);
        assertThat(receiptJson("AUT", "stat.csv").getString("id"))
                .isEqualTo(call.receipt().id().toString());
        Await.until("the delivery archived", () -> intake.pending() == 0);
    }

    @Test
    void aJudgedFileWhoseMoveFailedIsNotJudgedAgainEvenAfterARestart() throws Exception {
        // a file where the archive folder should be: every move into it fails
        Path blocker = root.resolve("BEL").resolve("inbox").resolve(".done");
        Files.writeString(blocker, "not a folder");
        start();
        drop("BEL", "once.csv", "ACCEPT");

        Await.until("the file judged", () -> intake.calls.size() == 1);
        long polls = consumer().getCounter();
        Await.until("three more polls", () -> consumer().getCounter() >= polls + 3);
        assertThat(intake.fileNames()).containsExactly("once.csv");
        assertThat(root.resolve("BEL").resolve("inbox").resolve("once.csv")).exists();
        assertThat(intake.pending()).isEqualTo(1);
        String id = intake.only("once.csv").receipt().id().toString();

        camel.close(); // the server restarts; the database keeps the delivery
        Files.delete(blocker);
        start();

        awaitArchived("BEL", ".done", "once.csv");
        assertThat(intake.fileNames()).containsExactly("once.csv");
        assertThat(receiptJson("BEL", "once.csv").getString("id")).isEqualTo(id);
        Await.until("the delivery archived", () -> intake.pending() == 0);
    }

    @Test
    void aFileAnotherNodeHoldsIsLeftAloneUntilItsClaimIsFree() throws Exception {
        intake.heldElsewhere.add("AUT/inbox/theirs.csv");
        start();
        drop("AUT", "theirs.csv", "ACCEPT");
        drop("AUT", "mine.csv", "ACCEPT");

        awaitArchived("AUT", ".done", "mine.csv");
        Await.until(
                "the held file asked for again",
                () -> intake.claims.stream().filter("AUT/inbox/theirs.csv"::equals).count() >= 3);
        assertThat(intake.fileNames()).containsExactly("mine.csv");
        assertThat(root.resolve("AUT").resolve("inbox").resolve("theirs.csv")).exists();
        assertThat(root.resolve("AUT").resolve("outbox").resolve("theirs.csv.receipt.json"))
                .doesNotExist();
        assertThat(intake.pending()).isZero();

        intake.heldElsewhere.clear(); // the other node's lease ran out
        awaitArchived("AUT", ".done", "theirs.csv");
        assertThat(intake.fileNames()).containsExactlyInAnyOrder("mine.csv", "theirs.csv");
    }

    private void start() throws Exception {
        camel = new DefaultCamelContext();
        Properties settings = new Properties();
        settings.setProperty("thb.drop.root", root.toString());
        settings.setProperty("thb.drop.poll.delay.ms", "100");
        settings.setProperty("thb.max.upload.bytes", "1000");
        camel.getPropertiesComponent().setInitialProperties(settings);
        camel.addRoutes(new DropFolderRoute(intake));
        camel.start();
    }

    private ScheduledPollConsumer consumer() {
        return (ScheduledPollConsumer) camel.getRoute("drop-folder-inbox").getConsumer();
    }

    private void drop(String country, String name, String content) throws IOException {
        Path inbox = root.resolve(country).resolve("inbox");
        Path part = inbox.resolve(name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private void awaitArchived(String country, String folder, String name) {
        Path dir = root.resolve(country).resolve("inbox").resolve(folder);
        Await.until(
                name + " in " + folder,
                () ->
                        Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                                && names(dir).stream().anyMatch(n -> n.endsWith("-" + name))
                                && Files.exists(
                                        root.resolve(country)
                                                .resolve("outbox")
                                                .resolve(name + ".receipt.txt")));
    }

    private JsonObject receiptJson(String country, String name) throws IOException {
        String text =
                Files.readString(
                        root.resolve(country).resolve("outbox").resolve(name + ".receipt.json"));
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLinkToAnotherCountrysFolderIsRefusedUnreadAndMovedAsALink() throws Exception {
        // another country's file outside any inbox (its outbox), and another country's inbox
        Path secret = root.resolve("BEL").resolve("outbox").resolve("belgian.csv");
        Files.writeString(secret, "ACCEPT belgian figures");
        Path link = root.resolve("AUT").resolve("inbox").resolve("evil.csv");
        Files.createSymbolicLink(link, secret);
        Path dirLink = root.resolve("AUT").resolve("inbox").resolve("bel");
        Files.createSymbolicLink(dirLink, root.resolve("BEL").resolve("inbox"));
        start();

        awaitArchived("AUT", ".error", "evil.csv");
        awaitArchived("AUT", ".error", "bel");
        assertThat(intake.refused).contains("evil.csv FILE_NOT_REGULAR", "bel FILE_NOT_REGULAR");
        assertThat(intake.calls).extracting(FakeIntake.Call::fileName).doesNotContain("evil.csv");
        assertThat(receiptJson("AUT", "evil.csv").toString())
                .contains("FILE_NOT_REGULAR")
                .contains("a symbolic link");
        // the link itself moved; its target was never touched
        Path moved = only(root.resolve("AUT").resolve("inbox").resolve(".error"), "evil.csv");
        assertThat(Files.isSymbolicLink(moved)).isTrue();
        assertThat(Files.readString(secret)).isEqualTo("ACCEPT belgian figures");
    }

    /**
     * A country, inbox or outbox folder that is itself a link is never polled: nothing is read
     * through it and no receipt is written through it, while real folders go on being served.
     */
    @Test
    void aCountryInboxOrOutboxThatIsALinkIsNeverPolled() throws Exception {
        // outside every country folder: "elsewhere" is no ISO3 code, so it is never polled itself
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        for (String country : List.of("CZE", "DNK", "EST")) {
            Files.createDirectories(elsewhere.resolve(country).resolve("inbox"));
            Files.createDirectories(elsewhere.resolve(country).resolve("outbox"));
            Files.writeString(
                    elsewhere.resolve(country).resolve("inbox").resolve("x.csv"), "ACCEPT");
        }
        // CZE: the whole country folder is a link; DNK: its inbox; EST: its outbox
        Files.createSymbolicLink(root.resolve("CZE"), elsewhere.resolve("CZE"));
        Files.createDirectories(root.resolve("DNK").resolve("outbox"));
        Files.createSymbolicLink(
                root.resolve("DNK").resolve("inbox"), elsewhere.resolve("DNK").resolve("inbox"));
        Files.createDirectories(root.resolve("EST").resolve("inbox"));
        Files.writeString(root.resolve("EST").resolve("inbox").resolve("x.csv"), "ACCEPT");
        Files.createSymbolicLink(
                root.resolve("EST").resolve("outbox"), elsewhere.resolve("EST").resolve("outbox"));
        start();
        drop("AUT", "real.csv", "ACCEPT");

        awaitArchived("AUT", ".done", "real.csv");
        long polls = consumer().getCounter();
        Await.until("three more polls", () -> consumer().getCounter() >= polls + 3);
        assertThat(intake.fileNames()).containsExactly("real.csv");
        assertThat(intake.refused).isEmpty();
        for (String country : List.of("CZE", "DNK", "EST")) {
            assertThat(elsewhere.resolve(country).resolve("inbox").resolve("x.csv")).exists();
            assertThat(names(elsewhere.resolve(country).resolve("outbox"))).isEmpty();
        }
        assertThat(root.resolve("EST").resolve("inbox").resolve("x.csv")).exists();
    }

    @Test
    void aFifoADirectoryAndAFileAboveTheLimitAreRefusedUnread() throws Exception {
        Path inbox = root.resolve("AUT").resolve("inbox");
        Path fifo = inbox.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Files.createDirectory(inbox.resolve("folder.csv"));
        Files.writeString(inbox.resolve("big.csv"), "ACCEPT" + "x".repeat(2000));
        start();

        awaitArchived("AUT", ".error", "pipe.csv");
        awaitArchived("AUT", ".error", "folder.csv");
        awaitArchived("AUT", ".error", "big.csv");
        assertThat(intake.refused)
                .contains(
                        "pipe.csv FILE_NOT_REGULAR",
                        "folder.csv FILE_NOT_REGULAR",
                        "big.csv FILE_TOO_LARGE");
        assertThat(intake.calls).isEmpty();
    }

    @Test
    void aNameOfAnyLegalLengthIsArchivedAndReceiptedOnce() throws Exception {
        // 250 bytes: with a time stamp or a receipt's suffix, over 255
        String name = "a".repeat(246) + ".csv";
        start();
        Files.writeString(root.resolve("AUT").resolve("inbox").resolve(name), "ACCEPT");

        Await.until("the file judged", () -> intake.calls.size() == 1);
        Path done = root.resolve("AUT").resolve("inbox").resolve(".done");
        Await.until(
                "the file archived under a shortened name",
                () -> Files.isDirectory(done) && names(done).size() == 1);
        assertThat(names(done).get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(255);
        List<String> outbox = names(root.resolve("AUT").resolve("outbox"));
        assertThat(outbox).hasSize(2).allMatch(n -> n.length() <= 255);
        long polls = consumer().getCounter();
        Await.until("three more polls", () -> consumer().getCounter() >= polls + 3);
        assertThat(intake.fileNames()).containsExactly(name);
    }

    private static Path only(Path dir, String name) {
        return names(dir).stream()
                .filter(n -> n.endsWith("-" + name))
                .map(dir::resolve)
                .findFirst()
                .orElseThrow();
    }
}
