package org.thbhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api;

/**
 * Deadline day (issue 15, docs/benchmarks.md), not part of the normal suite: every participating
 * State uploads a file of about 55,000 observations over REST at the same moment (PostgreSQL),
 * while reads (reference data, /me, /observations, /submissions) are sampled all along. Prints and
 * writes the read latencies and the uploads' wall time; asserts only behaviour: every upload
 * answers its verdict (ACCEPTED), every observation is stored exactly once, no read fails.
 *
 * <p>{@code -Dthb.bench.states=57 -Dthb.bench.rows=55000} scale it down on a small machine.
 */
@Tag("benchmark")
@ExtendWith(ArquillianExtension.class)
class DeadlineDayBenchmarkIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30))
                    .build();
    static final Duration SAMPLE_EVERY = Duration.ofMillis(250);

    /** A read sampled while the uploads run: who asks what. */
    record Read(String name, String path, String user) {}

    static final List<Read> READS =
            List.of(
                    new Read("reference/countries", "/reference/countries", null),
                    new Read("me", "/me", "government-aut"),
                    new Read(
                            "observations AUT 100",
                            "/observations?country=AUT&size=100",
                            "government-aut"),
                    new Read("submissions (analyst)", "/submissions", "analyst"));

    record Sample(int status, double millis, String error) {}

    @Test
    void everyStateUploadsAtOnceWhileReadsKeepAnswering() throws Exception {
        String db = System.getenv("THB_DB_URL");
        // a PostgreSQL benchmark: the H2 execution of the same run has nothing to measure
        Assumptions.assumeTrue(db != null && db.startsWith("jdbc:postgresql:"));
        int states = Integer.getInteger("thb.bench.states", 57);
        int rows = Integer.getInteger("thb.bench.rows", 55_000);

        List<String> participating = new ArrayList<>();
        for (JsonNode country : get("/reference/countries", null).json) {
            if (country.get("osceStatus").asText().equals("participating")) {
                participating.add(country.get("iso3").asText());
            }
        }
        assertThat(participating).hasSize(57);
        List<String> uploaders = participating.subList(0, Math.min(states, 57));

        Path dir = Files.createTempDirectory("thb-deadline");
        Map<String, Path> files = new LinkedHashMap<>();
        for (String iso3 : uploaders) {
            files.put(iso3, generate(iso3, rows, dir.resolve(iso3.toLowerCase() + "-2025.csv")));
        }
        long observationsBefore = get("/observations?size=1", "analyst").json.get("total").asLong();

        Map<String, List<Sample>> samples = new ConcurrentHashMap<>();
        AtomicBoolean uploading = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(READS.size());
        for (Read read : READS) {
            List<Sample> list = Collections.synchronizedList(new ArrayList<>());
            samples.put(read.name(), list);
            readers.submit(() -> sample(read, list, uploading));
        }

        ExecutorService senders = Executors.newFixedThreadPool(uploaders.size());
        CountDownLatch ready = new CountDownLatch(uploaders.size());
        long start = System.nanoTime();
        Map<String, Future<Answer>> verdicts = new LinkedHashMap<>();
        for (var file : files.entrySet()) {
            verdicts.put(
                    file.getKey(),
                    senders.submit(
                            () -> {
                                ready.countDown();
                                ready.await();
                                return upload(file.getValue());
                            }));
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<Double> answeredAfter = new ArrayList<>();
        for (var verdict : verdicts.entrySet()) {
            answers.put(verdict.getKey(), verdict.getValue().get(30, TimeUnit.MINUTES));
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        uploading.set(false);
        readers.shutdown();
        assertThat(readers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        senders.shutdown();
        for (Answer a : answers.values()) {
            answeredAfter.add(a.seconds);
        }
        long observationsAfter = get("/observations?size=1", "analyst").json.get("total").asLong();

        StringBuilder report = new StringBuilder();
        report.append(
                "deadline day: %d States x %d observations uploaded at once (PostgreSQL), all answered in %.1f s; first verdict after %.1f s, median %.1f s; stored %d new observations (expected %d)%n"
                        .formatted(
                                uploaders.size(),
                                rows,
                                wallSeconds,
                                Collections.min(answeredAfter),
                                percentile(answeredAfter, 50),
                                observationsAfter - observationsBefore,
                                (long) uploaders.size() * rows));
        Map<String, Integer> statuses = new LinkedHashMap<>();
        answers.values().forEach(a -> statuses.merge(a.status + " " + a.verdict, 1, Integer::sum));
        report.append("upload answers: ").append(statuses).append('\n');
        report.append(
                "%-24s %7s %7s %9s %9s %9s%n"
                        .formatted(
                                "read (every 250 ms)",
                                "count",
                                "failed",
                                "p50 ms",
                                "p99 ms",
                                "max ms"));
        for (Read read : READS) {
            List<Sample> list = samples.get(read.name());
            List<Double> millis = list.stream().map(Sample::millis).toList();
            long failed = list.stream().filter(s -> s.status != 200).count();
            report.append(
                    "%-24s %7d %7d %9.1f %9.1f %9.1f%n"
                            .formatted(
                                    read.name(),
                                    list.size(),
                                    failed,
                                    percentile(millis, 50),
                                    percentile(millis, 99),
                                    Collections.max(millis)));
        }
        System.out.print(report);
        Files.writeString(
                Path.of(System.getProperty("jboss.home")).resolveSibling("deadline-benchmark.txt"),
                report);

        answers.forEach(
                (iso3, a) -> {
                    assertThat(a.status).as(iso3 + ": " + a.body).isEqualTo(201);
                    assertThat(a.verdict).as(iso3).isEqualTo("ACCEPTED");
                    assertThat(a.observations).as(iso3).isEqualTo(rows);
                });
        assertThat(observationsAfter - observationsBefore)
                .isEqualTo((long) uploaders.size() * rows);
        for (Read read : READS) {
            assertThat(samples.get(read.name()))
                    .as(read.name() + " while uploading")
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s.status).as(s.error).isEqualTo(200));
        }
        for (Path file : files.values()) {
            Files.delete(file);
        }
    }

    /** One read kind, asked every 250 ms until the last upload has answered. */
    static Void sample(Read read, List<Sample> into, AtomicBoolean uploading) throws Exception {
        while (uploading.get()) {
            long began = System.nanoTime();
            Sample sample;
            try {
                Answer answer = get(read.path(), read.user());
                sample = new Sample(answer.status, answer.seconds * 1000, answer.body);
            } catch (IOException e) {
                sample = new Sample(-1, (System.nanoTime() - began) / 1e6, e.toString());
            }
            into.add(sample);
            long rest = SAMPLE_EVERY.toNanos() - (System.nanoTime() - began);
            if (rest > 0) {
                TimeUnit.NANOSECONDS.sleep(rest);
            }
        }
        return null;
    }

    record Answer(
            int status,
            String body,
            JsonNode json,
            String verdict,
            long observations,
            double seconds) {}

    static Answer get(String path, String user) throws IOException, InterruptedException {
        var request =
                HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return send(request.GET().build());
    }

    static Answer upload(Path file) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(
                                URI.create(
                                        Api.BASE + "/submissions?filename=" + file.getFileName()))
                        .timeout(Duration.ofMinutes(30))
                        .header("Content-Type", "text/csv")
                        .header("Authorization", basic("analyst"))
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build());
    }

    static Answer send(HttpRequest request) throws IOException, InterruptedException {
        long began = System.nanoTime();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - began) / 1e9;
        JsonNode json = null;
        String verdict = "";
        long observations = -1;
        if (response.headers().firstValue("Content-Type").orElse("").contains("json")) {
            json = JSON.readTree(response.body());
            if (json.has("status") && json.get("status").isTextual()) {
                verdict = json.get("status").asText();
            }
            if (json.has("counts")) {
                observations = json.get("counts").get("observations").asLong();
            }
        }
        return new Answer(
                response.statusCode(), response.body(), json, verdict, observations, seconds);
    }

    static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** Distinct keys for one country: indicator x sex x age x expl x recruit x citizen x year. */
    static Path generate(String iso3, int rows, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(
                    "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,SEX,AGE,CITIZEN,EXPL,RECRUIT,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,COMMENT\n");
            int n = 0;
            for (int year = 2025; n < rows; year--) {
                for (String citizen : List.of("NAT", "FOR", "STLS", "UNK", "_T")) {
                    for (String indicator : IngestBenchmarkIT.INDICATORS) {
                        for (String sex : IngestBenchmarkIT.SEX) {
                            for (String age : IngestBenchmarkIT.AGE) {
                                for (String expl : IngestBenchmarkIT.EXPL) {
                                    for (String recruit : IngestBenchmarkIT.RECRUIT) {
                                        if (n++ == rows) {
                                            return file;
                                        }
                                        w.write(
                                                String.join(
                                                        ",",
                                                        "dataflow",
                                                        "THB:THB_STAT(1.0)",
                                                        "I",
                                                        iso3,
                                                        indicator,
                                                        sex,
                                                        age,
                                                        citizen,
                                                        expl,
                                                        recruit,
                                                        Integer.toString(year),
                                                        Integer.toString(
                                                                IngestBenchmarkIT.value(
                                                                        sex, age, citizen)),
                                                        "A",
                                                        "F",
                                                        ""));
                                        w.write('\n');
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return file;
    }
}
