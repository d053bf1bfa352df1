package org.thbhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.tools.attach.VirtualMachine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;

/**
 * Ingestion benchmark (docs/benchmarks.md), not part of the normal suite: a generated
 * 1,000,000-observation SDMX-CSV through the real pipeline (REST, PostgreSQL), and in the same run
 * the same rows loaded into the same table by PostgreSQL's COPY. Also the server's peak heap at
 * 100k and 1M rows. Run with the command in docs/benchmarks.md (-Dgroups=benchmark: PostgreSQL
 * only); it fails below the goal ratio.
 */
@Tag("benchmark")
@ExtendWith(ArquillianExtension.class)
public class IngestBenchmarkIT {

    static final List<String> INDICATORS =
            List.of("VICT", "VICT_IDENT", "VICT_PRES", "INVEST", "SUSP", "PROS", "CONV", "OFFENCE");
    static final List<String> SEX = List.of("F", "M", "OTH", "UNK", "_T");
    static final List<String> AGE = List.of("Y_LT18", "Y_GE18", "UNK", "_T");
    static final List<String> EXPL =
            List.of("SEX_EXP", "LAB_EXP", "CRIM", "BEG", "MAR", "OTH", "MIX", "UNK", "_T");
    static final List<String> RECRUIT = List.of("ONLINE", "OFFLINE", "UNK", "_T");

    /**
     * Rows with distinct keys: indicator x sex x age x expl x recruit x year, for one country
     * (parts never exceed totals because every value is the same small count).
     */
    public static Path generate(int rows, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(
                    "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,SEX,AGE,CITIZEN,EXPL,RECRUIT,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,COMMENT\n");
            int n = 0;
            outer:
            for (int year = 1980; year <= 2025; year++) {
                for (String citizen : List.of("NAT", "FOR", "STLS", "UNK", "_T")) {
                    for (String indicator : INDICATORS) {
                        for (String sex : SEX) {
                            for (String age : AGE) {
                                for (String expl : EXPL) {
                                    for (String recruit : RECRUIT) {
                                        if (n++ == rows) {
                                            break outer;
                                        }
                                        w.write("dataflow,THB:THB_STAT(1.0),I,AUT,");
                                        w.write(
                                                indicator
                                                        + ","
                                                        + sex
                                                        + ","
                                                        + age
                                                        + ","
                                                        + citizen
                                                        + ","
                                                        + expl
                                                        + ","
                                                        + recruit
                                                        + ","
                                                        + year
                                                        + ","
                                                        + value(sex, age, citizen)
                                                        + ",A,F,\n");
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

    /** Totals are exactly the sum of their parts: 4 sexes, 3 ages, 4 citizenships. */
    static int value(String sex, String age, String citizen) {
        return (sex.equals("_T") ? 4 : 1)
                * (age.equals("_T") ? 3 : 1)
                * (citizen.equals("_T") ? 4 : 1);
    }

    /** The goal of docs/benchmarks.md: the pipeline's rate at least half of COPY's, at 1M rows. */
    static final double GOAL_RATIO = 0.5;

    @Test
    void millionRowsThroughThePipelineVersusCopy() throws Exception {
        // a failed run must not leave the figures of an earlier one behind
        Path resultFile =
                Path.of(System.getProperty("jboss.home")).resolveSibling("ingest-benchmark.txt");
        Files.deleteIfExists(resultFile);
        String db = System.getenv("THB_DB_URL");
        assertThat(db)
                .as("a PostgreSQL benchmark: -Dgroups=benchmark runs it on PostgreSQL only")
                .startsWith("jdbc:postgresql:");
        Path dir = Files.createTempDirectory("thb-bench");
        StringBuilder result = new StringBuilder();
        double ratio = 0;
        try (JmxHeap heap = JmxHeap.attach()) {
            for (int rows : new int[] {100_000, 1_000_000}) {
                Path file = generate(rows, dir.resolve("bench-" + rows + ".csv"));
                heap.reset();
                long start = System.nanoTime();
                JsonNode receipt = upload(file);
                double pipelineSeconds = (System.nanoTime() - start) / 1e9;
                assertThat(receipt.get("status").asText())
                        .as(receipt.toString())
                        .isEqualTo("ACCEPTED");
                assertThat(receipt.get("counts").get("observations").asLong()).isEqualTo(rows);
                long[] peak = heap.peak();
                double copySeconds = copy(db, file);
                ratio = copySeconds / pipelineSeconds;
                result.append(
                        "rows=%d size=%.1fMB pipeline=%.1fs (%.0f rows/s) copy=%.1fs (%.0f rows/s) ratio=%.2f heapPeakOld=%dMB heapPeakAll=%dMB%n"
                                .formatted(
                                        rows,
                                        Files.size(file) / 1e6,
                                        pipelineSeconds,
                                        rows / pipelineSeconds,
                                        copySeconds,
                                        rows / copySeconds,
                                        (rows / pipelineSeconds) / (rows / copySeconds),
                                        peak[0] >> 20,
                                        peak[1] >> 20));
                Files.delete(file);
            }
        }
        System.out.print(result);
        Files.writeString(resultFile, result);
        assertThat(ratio)
                .as("pipeline rows/s over COPY rows/s at 1,000,000 rows (" + resultFile + ")")
                .isGreaterThanOrEqualTo(GOAL_RATIO);
    }

    static JsonNode upload(Path file) throws Exception {
        var request =
                HttpRequest.newBuilder(
                                URI.create(
                                        org.thbhub.it.Api.BASE
                                                + "/submissions?filename="
                                                + file.getFileName()))
                        .header("Content-Type", "text/csv")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        "analyst:analyst"
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build();
        var response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }

    /** The same rows straight into the same table by COPY, then removed again. */
    static double copy(String url, Path file) throws Exception {
        try (Connection c =
                DriverManager.getConnection(
                        url, System.getenv("THB_DB_USER"), System.getenv("THB_DB_PASSWORD"))) {
            UUID submission = UUID.randomUUID();
            try (Statement s = c.createStatement()) {
                s.execute(
                        "insert into submission (id, channel, status, mode, file_name, sha256, size_bytes, uploader, received_at)"
                                + " values ('"
                                + submission
                                + "', 'REST', 'ACCEPTED', 'STRICT', 'copy', '"
                                + "0".repeat(64)
                                + "', 0, 'bench', now())");
                s.execute(
                        "create temporary table copy_in (structure text, structure_id text, action text, ref_area char(3), indicator text, sex text, age text, citizen text, expl text, recruit text, time_period smallint, obs_value bigint, obs_status text, conf_status text, comment text)");
            }
            long start = System.nanoTime();
            try (Reader in = Files.newBufferedReader(file)) {
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY observation (submission_id, ref_area, indicator, sex, age, citizen, expl, recruit, time_period, obs_value, obs_status, conf_status, comment, valid_from, current_key)"
                                        + " FROM STDIN WITH (FORMAT csv)",
                                new CopyRows(in, submission));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement s = c.createStatement()) {
                s.execute("delete from observation where submission_id = '" + submission + "'");
                s.execute("delete from submission where id = '" + submission + "'");
            }
            return seconds;
        }
    }

    /** The SDMX-CSV rows turned into the observation table's columns, as a Reader for COPY. */
    static final class CopyRows extends Reader {
        private final java.io.BufferedReader in;
        private final String prefix;
        private String pending = "";
        private int at;

        CopyRows(Reader in, UUID submission) throws IOException {
            this.in = new java.io.BufferedReader(in);
            this.in.readLine();
            this.prefix = submission + ",";
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            while (at == pending.length()) {
                String line = in.readLine();
                if (line == null) {
                    return -1;
                }
                String[] f = line.split(",", -1);
                String key =
                        String.join(".", f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]) + "-copy";
                pending =
                        prefix
                                + String.join(
                                        ",", f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11],
                                        f[12], f[13])
                                + ",,"
                                + "2026-01-01T00:00:00Z,"
                                + key
                                + "\n";
                at = 0;
            }
            int n = Math.min(len, pending.length() - at);
            pending.getChars(at, at + n, buf, off);
            at += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Heap pools of the WildFly JVM, over JMX through the attach API. */
    static final class JmxHeap implements AutoCloseable {
        private final JMXConnector connector;
        private final List<MemoryPoolMXBean> pools;

        private JmxHeap(JMXConnector connector, List<MemoryPoolMXBean> pools) {
            this.connector = connector;
            this.pools = pools;
        }

        static JmxHeap attach() throws Exception {
            String home = System.getProperty("jboss.home");
            ProcessHandle server =
                    ProcessHandle.allProcesses()
                            .filter(
                                    p ->
                                            p.info()
                                                    .commandLine()
                                                    .map(
                                                            c ->
                                                                    c.contains("jboss-modules.jar")
                                                                            && c.contains(home))
                                                    .orElse(false))
                            .findFirst()
                            .orElseThrow();
            VirtualMachine vm = VirtualMachine.attach(Long.toString(server.pid()));
            String address = vm.startLocalManagementAgent();
            vm.detach();
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            MBeanServerConnection mbeans = connector.getMBeanServerConnection();
            List<MemoryPoolMXBean> pools =
                    ManagementFactory.getPlatformMXBeans(mbeans, MemoryPoolMXBean.class).stream()
                            .filter(p -> p.getType() == MemoryType.HEAP)
                            .toList();
            return new JmxHeap(connector, pools);
        }

        void reset() {
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        /** Old generation peak, and the sum of every heap pool's peak. */
        long[] peak() {
            long old = 0;
            long all = 0;
            for (MemoryPoolMXBean pool : pools) {
                MemoryUsage peak = pool.getPeakUsage();
                all += peak.getUsed();
                if (pool.getName().contains("Old")) {
                    old += peak.getUsed();
                }
            }
            return new long[] {old, all};
        }

        @Override
        public void close() throws IOException {
            connector.close();
        }
    }
}
