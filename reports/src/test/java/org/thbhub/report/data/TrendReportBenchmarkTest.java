package org.thbhub.report.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;
import org.thbhub.audit.AuditAction;
import org.thbhub.audit.AuditLog;
import org.thbhub.audit.AuditOutcome;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.ingest.PolicyRow;
import org.thbhub.ingest.RowSink;
import org.thbhub.ingest.format.ReadLimits;
import org.thbhub.ingest.format.UnodcGlotipReader;
import org.thbhub.reference.CountryCode;
import org.thbhub.report.Region;
import org.thbhub.report.ReportDocument;
import org.thbhub.report.ReportFormat;
import org.thbhub.report.ReportRenderer;
import org.thbhub.report.ReportRendering;
import org.thbhub.report.ReportService;
import org.thbhub.report.TrendReportComposer;
import org.thbhub.report.TrendReportData;
import org.thbhub.report.TrendRequest;

/**
 * Issue item 7: the trend PDF over the UNODC baseline plus 1,000,000 generated observations, on a
 * real PostgreSQL, against the SQL alone. Runs only when asked for: {@code mvn -pl reports test
 * -Dgroups=benchmark} (docs/benchmarks-reports.md).
 */
@Tag("benchmark")
class TrendReportBenchmarkTest {

    static final int GENERATED = 1_000_000;
    static final int FROM = 2003;
    static final int TO = 2023;
    static final int WARM_RUNS = 5;
    static final int WARM_UP = 3;
    static final int ROUNDS = 9;
    static final Instant T0 = Instant.parse("2022-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2023-01-01T00:00:00Z");
    static final Instant T2 = Instant.parse("2024-01-01T00:00:00Z");

    static final Caller ANALYST = Caller.of("benchmark", Set.of(Role.ANALYST), null);

    @Test
    void trendPdfTakesAtMostTwiceTheSqlAndRussianAsLongAsEnglish() throws Exception {
        // a failed run must not leave the figures of an earlier one behind
        Path out = Path.of("target", "benchmark-reports.txt");
        Files.deleteIfExists(out);
        String external = System.getProperty("thb.bench.jdbc", "");
        ReportDatabase db =
                external.isBlank()
                        ? ReportDatabase.fresh(ReportDatabase.Kind.POSTGRES)
                        : ReportDatabase.external(external);
        long loadStart = System.nanoTime();
        int baseline;
        int generated;
        if (observationCount(db.dataSource) == 0) {
            baseline = loadBaseline(db);
            Set<String> baselineKeys = keys(db.dataSource);
            generated = generate(db.dataSource, baselineKeys);
            analyze(db.dataSource);
        } else {
            // an external database loaded by an earlier run: measured as it is
            int stored = observationCount(db.dataSource);
            generated = GENERATED;
            baseline = stored - GENERATED;
        }
        long loadMillis = millis(loadStart);

        ReportQueries queries = new ReportQueries(db.dataSource);
        List<Region> regions = List.copyOf(queries.regions().values());
        TrendReportData.Filters years = new TrendReportData.Filters(FROM, TO);
        ReportService service =
                new ReportService(
                        db.dataSource,
                        new ReportRendering(),
                        new SilentAudit(),
                        Clock.systemUTC(),
                        // as the server's managed executor: a thread for the side query
                        java.util.concurrent.Executors.newCachedThreadPool(DAEMON));
        TrendRequest request =
                new TrendRequest(
                        OptionalInt.of(FROM),
                        OptionalInt.of(TO),
                        Set.of(),
                        Optional.empty(),
                        ReportFormat.PDF);
        TrendRequest russian =
                new TrendRequest(
                        OptionalInt.of(FROM),
                        OptionalInt.of(TO),
                        Set.of(),
                        Optional.empty(),
                        ReportFormat.PDF,
                        "ru");
        CountingStream pdf = new CountingStream();

        LongSupplier aggregates = () -> time(() -> aggregateSql(db.dataSource));

        LongSupplier load =
                () -> time(() -> queries.trend(regions, years, Optional.empty(), T2, "benchmark"));
        LongSupplier full =
                () ->
                        timeIo(
                                () -> {
                                    pdf.count = 0;
                                    service.trend(ANALYST, request, pdf);
                                });

        LongSupplier fullRussian =
                () ->
                        timeIo(
                                () -> {
                                    pdf.count = 0;
                                    service.trend(ANALYST, russian, pdf);
                                });

        // first calls in this JVM: nothing of the renderer warmed (no ReportRendering.warm())
        long fullFirst = full.getAsLong();
        long loadFirst = load.getAsLong();
        long aggregatesFirst = aggregates.getAsLong();
        // a server answers reports for days: what the JIT costs once is not what a report costs
        for (int i = 0; i < WARM_UP; i++) {
            full.getAsLong();
            fullRussian.getAsLong();
        }
        // the aggregates and the full report side by side, round after round, so that a slower
        // minute of a shared machine weighs on both sides of the goal alike
        long[] sqlRounds = new long[ROUNDS];
        long[] loadRounds = new long[ROUNDS];
        long[] fullRounds = new long[ROUNDS];
        long[] russianRounds = new long[ROUNDS];
        double[] ratios = new double[ROUNDS];
        double[] russianRatios = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            sqlRounds[r] = aggregates.getAsLong();
            loadRounds[r] = load.getAsLong();
            // which language goes first alternates, so that neither always follows the SQL
            if (r % 2 == 0) {
                fullRounds[r] = full.getAsLong();
                russianRounds[r] = fullRussian.getAsLong();
            } else {
                russianRounds[r] = fullRussian.getAsLong();
                fullRounds[r] = full.getAsLong();
            }
            ratios[r] = fullRounds[r] / (2.0 * sqlRounds[r]);
            russianRatios[r] = russianRounds[r] / (double) fullRounds[r];
        }
        long aggregatesWarm = median(sqlRounds);
        long loadWarm = median(loadRounds);
        long fullWarm = median(fullRounds);
        long russianWarm = median(russianRounds);
        double ratio = median(ratios);
        double russianRatio = median(russianRatios);

        TrendReportData data = queries.trend(regions, years, Optional.empty(), T2, "benchmark");
        List<org.thbhub.reference.CountryCode> codes =
                data.states().stream().map(s -> s.code()).toList();
        long observationsWarm =
                median(() -> time(() -> queries.stateValues(codes, years, Optional.empty())));
        long asOfWarm = median(() -> time(() -> queries.latestClosing(codes, years)));
        long composeWarm = median(() -> time(() -> TrendReportComposer.compose(data)));
        ReportDocument document = TrendReportComposer.compose(data);
        ReportRenderer renderer = new ReportRenderer();
        long layoutWarm =
                median(
                        () ->
                                time(
                                        () ->
                                                renderer.write(
                                                        document,
                                                        ReportFormat.PDF,
                                                        OutputStream.nullOutputStream())));
        queries.close();

        String result =
                String.format(
                        Locale.ROOT,
                        "observations stored: %,d (UNODC baseline %,d + generated %,d), loaded in"
                                + " %,d ms%n"
                                + "trend %d-%d, %d regions, %d States, %,d State-level values"
                                + " read, PDF %,d bytes%n"
                                + "                         first      warm (median of %d rounds;"
                                + " parts: of %d runs)%n"
                                + "SQL aggregates alone  %,7d ms  %,7d ms%n"
                                + "ReportQueries.trend   %,7d ms  %,7d ms%n"
                                + "  of which observations query       %,7d ms%n"
                                + "  of which latest withdrawal query  %,7d ms%n"
                                + "full trend PDF        %,7d ms  %,7d ms%n"
                                + "  of which compose (Java)           %,7d ms%n"
                                + "  of which PDF layout (Jasper)      %,7d ms%n"
                                + "full trend PDF, Russian             %,7d ms%n"
                                + "goal (2 x SQL)                      %,7d ms%n"
                                + "full PDF / goal, median of the %d rounds' ratios: %.2f%n"
                                + "Russian / English, median of the %d rounds' ratios: %.2f%n"
                                + "rounds (SQL, load, full PDF, Russian PDF, ms): %s%n",
                        baseline + generated,
                        baseline,
                        generated,
                        loadMillis,
                        FROM,
                        TO,
                        regions.size(),
                        data.states().size(),
                        data.observations().size(),
                        pdf.count,
                        ROUNDS,
                        WARM_RUNS,
                        aggregatesFirst,
                        aggregatesWarm,
                        loadFirst,
                        loadWarm,
                        observationsWarm,
                        asOfWarm,
                        fullFirst,
                        fullWarm,
                        composeWarm,
                        layoutWarm,
                        russianWarm,
                        2 * aggregatesWarm,
                        ROUNDS,
                        ratio,
                        ROUNDS,
                        russianRatio,
                        rounds(sqlRounds, loadRounds, fullRounds, russianRounds));
        System.out.print(result);
        Files.writeString(out, result);

        assertThat(generated).isEqualTo(GENERATED);
        assertThat(pdf.count).isGreaterThan(100_000);
        assertThat(ratio)
                .as("warm full trend PDF over 2 x SQL, median of the rounds")
                .isLessThanOrEqualTo(1.0);
        assertThat(russianRatio)
                .as("warm Russian trend PDF over the English one, median of the rounds")
                .isLessThanOrEqualTo(1.10);
    }

    // ---- the SQL a report computed in the database would run -------------------------------

    /**
     * Everything the trend report shows as region x year aggregates, computed by the database: sums
     * of the published current values by region, indicator, breakdown and year, citizenship folded
     * as ReportQueries folds it. What a report filled straight from SQL would cost.
     */
    static int aggregateSql(DataSource dataSource) {
        String sql =
                "select m.region_code, o.indicator, o.sex, o.age,"
                        + " case when o.citizen in ('_T', 'NAT', 'FOR', 'STLS', 'UNK')"
                        + " then o.citizen when o.citizen = o.ref_area then 'NAT' else 'FOR' end"
                        + " as cit, o.expl, o.recruit, o.time_period,"
                        + " sum(case when o.conf_status = 'F' and o.obs_status <> 'M'"
                        + " then o.obs_value end), count(*),"
                        + " sum(case when o.conf_status <> 'F' then 1 else 0 end)"
                        + " from observation o join country c on c.iso3 = o.ref_area"
                        + " and c.osce_status = 'participating'"
                        + " join region_member m on m.country_iso3 = o.ref_area"
                        + " and m.grouping_code = 'M49_SUBREGION'"
                        + " where o.valid_to is null and o.time_period between ? and ?"
                        + " and (case when o.sex <> '_T' then 1 else 0 end"
                        + " + case when o.age <> '_T' then 1 else 0 end"
                        + " + case when o.citizen <> '_T' then 1 else 0 end"
                        + " + case when o.expl <> '_T' then 1 else 0 end"
                        + " + case when o.recruit <> '_T' then 1 else 0 end)"
                        + " <= case when o.indicator = 'VICT' then 1 else 0 end"
                        + " group by m.region_code, o.indicator, o.sex, o.age, cit, o.expl,"
                        + " o.recruit, o.time_period";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, FROM);
            s.setInt(2, TO);
            int rows = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- data ------------------------------------------------------------------------------

    /** The real UNODC export through the real reader; the first of a key's rows is kept. */
    static int loadBaseline(ReportDatabase db) throws IOException {
        Path file =
                Path.of(
                        System.getProperty("thb.data.dir", "../data"),
                        "unodc-glotip",
                        "data_glotip.csv");
        Set<CountryCode> countries = new HashSet<>();
        for (String iso3 : countries(db.dataSource)) {
            countries.add(CountryCode.of(iso3));
        }
        Map<String, ReportDatabase.Row> rows = new HashMap<>();
        RowSink sink =
                new RowSink() {
                    @Override
                    public void observation(ObservationRow r) {
                        if (r.timePeriod().isEmpty() || !r.timePeriod().matches("\\d{4}")) {
                            return;
                        }
                        Long value = r.obsValue().isEmpty() ? null : Long.valueOf(r.obsValue());
                        String conf = r.confStatus().isEmpty() ? "F" : r.confStatus();
                        if (value == null && conf.equals("F")) {
                            return;
                        }
                        ReportDatabase.Row row =
                                new ReportDatabase.Row(
                                        r.refArea(),
                                        r.indicator(),
                                        r.sex(),
                                        r.age(),
                                        r.citizen(),
                                        r.expl(),
                                        r.recruit(),
                                        Integer.parseInt(r.timePeriod()),
                                        value,
                                        "A",
                                        conf,
                                        T0,
                                        null);
                        rows.putIfAbsent(row.key(), row);
                    }

                    @Override
                    public void policy(PolicyRow row) {
                        // the UNODC export has no policy status
                    }
                };
        try (InputStream in = Files.newInputStream(file)) {
            new UnodcGlotipReader(countries, ReadLimits.defaults())
                    .readCsv(in, sink, new org.thbhub.validation.ValidationReport());
        }
        UUID submission = db.submission(null, T0, "data_glotip.csv");
        db.insert(submission, rows.values());
        return rows.size();
    }

    private static Set<String> keys(DataSource dataSource) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_key from observation")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private static int observationCount(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from observation")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> countries(DataSource dataSource) {
        List<String> iso3 = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select iso3, osce_status from country order by iso3")) {
            while (rs.next()) {
                iso3.add(rs.getString(1) + ":" + rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return iso3.stream().map(s -> s.substring(0, 3)).toList();
    }

    private static List<String> participating(DataSource dataSource) throws SQLException {
        List<String> iso3 = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "select iso3 from country where osce_status = 'participating'"
                                        + " order by iso3")) {
            while (rs.next()) {
                iso3.add(rs.getString(1));
            }
        }
        return iso3;
    }

    /**
     * One million rows shaped like national submissions, newest years first: for every State and
     * year, totals of every indicator, victims by each dimension (50 foreign citizenships among
     * them), cross-tabulations, justice figures by sex and age; some keys with one or two older
     * vintages; 5% small counts suppressed, some provisional or estimated. Written with COPY.
     */
    static int generate(DataSource dataSource, Set<String> taken) throws SQLException, IOException {
        List<String> states = participating(dataSource);
        List<String> all = countries(dataSource);
        String[] indicators = {
            "VICT",
            "VICT_IDENT",
            "VICT_PRES",
            "INVEST",
            "SUSP",
            "PROS",
            "CONV",
            "OFFENCE",
            "FORMAL_CONTACT",
            "ASSIST",
            "COMPENS",
            "BUDGET",
            "POP"
        };
        String[] sex = {"F", "M", "OTH", "UNK"};
        String[] age = {"Y_LT18", "Y_GE18", "UNK"};
        String[] expl = {
            "SEX_EXP", "LAB_EXP", "CRIM", "BEG", "MAR", "ORG_REM", "OTH", "MIX", "UNK"
        };
        String[] recruit = {"ONLINE", "OFFLINE", "UNK"};
        Random random = new Random(20240110);
        UUID submission = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s =
                    c.prepareStatement(
                            "insert into submission (id, channel, status, mode, file_name, sha256,"
                                    + " size_bytes, uploader, received_at) values (?, 'REST',"
                                    + " 'ACCEPTED', 'STRICT', 'generated.csv', ?, 1, 'benchmark',"
                                    + " ?)")) {
                s.setObject(1, submission);
                s.setString(2, "0".repeat(64));
                s.setObject(3, ReportDatabase.utc(T0));
                s.executeUpdate();
            }
            PGConnection pg = c.unwrap(PGConnection.class);
            Generator g = new Generator(random, submission, taken);
            try (OutputStream copy =
                            new PGCopyOutputStream(
                                    pg,
                                    "copy observation (submission_id, ref_area, indicator, sex,"
                                            + " age, citizen, expl, recruit, time_period,"
                                            + " obs_value, obs_status, conf_status, valid_from,"
                                            + " valid_to, current_key) from stdin with (format"
                                            + " csv)",
                                    1 << 16);
                    Writer out = new OutputStreamWriter(copy, StandardCharsets.UTF_8)) {
                g.out = out;
                for (int year = 2023; year >= 1980 && g.count < GENERATED; year--) {
                    for (String state : states) {
                        List<String> foreign =
                                all.stream().filter(x -> !x.equals(state)).limit(50).toList();
                        for (String indicator : indicators) {
                            g.key(state, indicator, "_T", "_T", "_T", "_T", "_T", year);
                        }
                        for (String x : sex) {
                            g.key(state, "VICT", x, "_T", "_T", "_T", "_T", year);
                        }
                        for (String x : age) {
                            g.key(state, "VICT", "_T", x, "_T", "_T", "_T", year);
                        }
                        for (String x : expl) {
                            g.key(state, "VICT", "_T", "_T", "_T", x, "_T", year);
                        }
                        for (String x : recruit) {
                            g.key(state, "VICT", "_T", "_T", "_T", "_T", x, year);
                        }
                        for (String x : List.of("NAT", "STLS", "UNK")) {
                            g.key(state, "VICT", "_T", "_T", x, "_T", "_T", year);
                        }
                        for (String x : foreign) {
                            g.key(state, "VICT", "_T", "_T", x, "_T", "_T", year);
                        }
                        for (String s : sex) {
                            for (String a : age) {
                                g.key(state, "VICT", s, a, "_T", "_T", "_T", year);
                            }
                            for (String e : expl) {
                                g.key(state, "VICT", s, "_T", "_T", e, "_T", year);
                            }
                        }
                        for (String a : age) {
                            for (String e : expl) {
                                g.key(state, "VICT", "_T", a, "_T", e, "_T", year);
                            }
                        }
                        for (String indicator : List.of("INVEST", "PROS", "CONV")) {
                            for (String x : sex) {
                                g.key(state, indicator, x, "_T", "_T", "_T", "_T", year);
                            }
                            for (String x : age) {
                                g.key(state, indicator, "_T", x, "_T", "_T", "_T", year);
                            }
                        }
                    }
                }
            }
        }
        return GENERATED;
    }

    /** Writes the vintages of one key as COPY lines, up to {@link #GENERATED} rows. */
    private static final class Generator {
        final Random random;
        final String submission;
        final Set<String> taken;
        Writer out;
        int count;

        Generator(Random random, UUID submission, Set<String> taken) {
            this.random = random;
            this.submission = submission.toString();
            this.taken = taken;
        }

        void key(
                String state,
                String indicator,
                String sex,
                String age,
                String citizen,
                String expl,
                String recruit,
                int year)
                throws IOException {
            String key =
                    String.join(
                            ".",
                            state,
                            indicator,
                            sex,
                            age,
                            citizen,
                            expl,
                            recruit,
                            Integer.toString(year));
            int older = random.nextInt(4);
            Instant[] from = {T0.minus(java.time.Duration.ofDays(365)), T0, T1, T2};
            int last = from.length - 1;
            for (int v = last - older; v <= last && count < GENERATED; v++) {
                boolean current = v == last && !taken.contains(key);
                Instant validTo = v == last ? (current ? null : T2) : from[v + 1];
                boolean small = random.nextInt(20) == 0;
                String value = small ? "" : Long.toString(5 + random.nextInt(400));
                String conf = small ? "A" : "F";
                int flag = random.nextInt(40);
                String obs = flag == 0 ? "P" : flag == 1 ? "E" : "A";
                out.write(
                        String.join(
                                ",",
                                submission,
                                state,
                                indicator,
                                sex,
                                age,
                                citizen,
                                expl,
                                recruit,
                                Integer.toString(year),
                                value,
                                obs,
                                conf,
                                from[v].toString(),
                                validTo == null ? "" : validTo.toString(),
                                current ? key : ""));
                out.write('\n');
                count++;
            }
        }
    }

    private static void analyze(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("analyze");
        }
    }

    // ---- timing ----------------------------------------------------------------------------

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return millis(start);
    }

    private static long timeIo(ThrowingRunnable work) {
        return time(
                (Runnable)
                        () -> {
                            try {
                                work.run();
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws IOException;
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String rounds(long[] sql, long[] load, long[] full, long[] russian) {
        List<String> rounds = new ArrayList<>();
        for (int r = 0; r < sql.length; r++) {
            rounds.add(sql[r] + "/" + load[r] + "/" + full[r] + "/" + russian[r]);
        }
        return String.join(" ", rounds);
    }

    private static long median(LongSupplier run) {
        long[] times = new long[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            times[i] = run.getAsLong();
        }
        Arrays.sort(times);
        return times[WARM_RUNS / 2];
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Counts the bytes of the PDF instead of keeping them. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static final java.util.concurrent.ThreadFactory DAEMON =
            work -> {
                Thread thread = new Thread(work, "report-side-query");
                thread.setDaemon(true);
                return thread;
            };

    private static final class SilentAudit extends AuditLog {
        @Override
        public void record(
                String actor,
                AuditAction action,
                String target,
                AuditOutcome outcome,
                String detail) {
            // the benchmark measures reports, not the audit log
        }
    }
}
