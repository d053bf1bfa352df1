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

    private void start() throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(new DropFolderRoute(root, 100, intake));
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
                        Files.isDirectory(dir)
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
}
