package org.thbhub.ingest.route;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.Channel;
import org.thbhub.submission.DeliveryKey;
import org.thbhub.submission.Receipt;
import org.thbhub.submission.Submission;
import org.thbhub.submission.SubmissionId;
import org.thbhub.submission.SubmissionStatus;
import org.thbhub.validation.ProblemCode;

/**
 * Stands in for the pipeline: a file whose content starts with {@code ACCEPT} is accepted, any
 * other is rejected with one problem. Remembers every judgement and the receipt it gave; like the
 * pipeline, answers a delivery judged before (and not yet archived) with its earlier receipt.
 */
final class FakeIntake implements FileIntake {

    record Call(
            String fileName,
            CountryCode country,
            Channel channel,
            String content,
            Receipt receipt) {}

    static final String PROBLEM_CODE = "NO_DATA_ROWS";
    static final String PROBLEM_MESSAGE = "The file has no data row.";

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<DeliveryKey, Receipt> pending = new ConcurrentHashMap<>();

    /** Refusals, by code. */
    final List<String> refused = new CopyOnWriteArrayList<>();

    @Override
    public Receipt refuse(ChannelFile delivered, ProblemCode reason, Object... detail) {
        DeliveryKey key = delivered.key(Optional.empty());
        Receipt earlier = pending.get(key);
        if (earlier != null) {
            return earlier;
        }
        Receipt receipt =
                new Receipt(
                        SubmissionId.random(),
                        SubmissionStatus.REJECTED,
                        delivered.channel(),
                        Optional.of(delivered.country()),
                        delivered.fileName(),
                        null,
                        Instant.now(),
                        "fake",
                        Optional.empty(),
                        "STRICT",
                        Optional.empty(),
                        new Submission.Counts(0, 0, 1, 0),
                        Json.createObjectBuilder()
                                .add(
                                        "problems",
                                        Json.createArrayBuilder()
                                                .add(
                                                        Json.createObjectBuilder()
                                                                .add("severity", "ERROR")
                                                                .add("code", reason.name())
                                                                .add(
                                                                        "message",
                                                                        reason.message(detail))))
                                .build(),
                        false,
                        Optional.of("fake-node"));
        refused.add(delivered.fileName() + " " + reason);
        pending.put(key, receipt);
        return receipt;
    }

    @Override
    public Receipt intake(ChannelFile delivered, Path file) {
        String fileName = delivered.fileName();
        CountryCode folderCountry = delivered.country();
        Channel channel = delivered.channel();
        DeliveryKey key = delivered.key(Optional.of(Sha256.of(file)));
        Receipt earlier = pending.get(key);
        if (earlier != null) {
            return earlier;
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean accept = content.startsWith("ACCEPT");
        JsonObject report =
                accept
                        ? Json.createObjectBuilder()
                                .add("problems", Json.createArrayBuilder())
                                .build()
                        : Json.createObjectBuilder()
                                .add(
                                        "problems",
                                        Json.createArrayBuilder()
                                                .add(
                                                        Json.createObjectBuilder()
                                                                .add("severity", "ERROR")
                                                                .add("line", 1)
                                                                .add("code", PROBLEM_CODE)
                                                                .add("message", PROBLEM_MESSAGE)))
                                .build();
        Receipt receipt =
                new Receipt(
                        SubmissionId.random(),
                        accept ? SubmissionStatus.ACCEPTED : SubmissionStatus.REJECTED,
                        channel,
                        Optional.of(folderCountry),
                        fileName,
                        Sha256.of(file),
                        Instant.now(),
                        "sftp:" + folderCountry.iso3(),
                        Optional.of("SDMX-CSV"),
                        "STRICT",
                        Optional.empty(),
                        new Submission.Counts(1, accept ? 1 : 0, accept ? 0 : 1, 0),
                        report,
                        false,
                        Optional.of("fake-node"));
        calls.add(new Call(fileName, folderCountry, channel, content, receipt));
        pending.put(key, receipt);
        return receipt;
    }

    /** Sources another node holds: this one must skip them without judging. */
    final java.util.Set<String> heldElsewhere = ConcurrentHashMap.newKeySet();

    /** Every claim asked for, by source. */
    final List<String> claims = new CopyOnWriteArrayList<>();

    @Override
    public boolean claim(ChannelFile file) {
        claims.add(file.source());
        return !heldElsewhere.contains(file.source());
    }

    @Override
    public void archived(DeliveryKey key) {
        pending.remove(key);
    }

    /** Judged deliveries whose file has not left the inbox yet. */
    int pending() {
        return pending.size();
    }

    List<String> fileNames() {
        return calls.stream().map(Call::fileName).toList();
    }

    Call only(String fileName) {
        List<Call> matching = calls.stream().filter(c -> c.fileName().equals(fileName)).toList();
        if (matching.size() != 1) {
            throw new AssertionError(fileName + " was judged " + matching.size() + " times");
        }
        return matching.get(0);
    }
}
