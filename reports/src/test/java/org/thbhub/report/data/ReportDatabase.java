package org.thbhub.report.data;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A freshly migrated database (the real migrations of ejb-module, on H2 or on a real PostgreSQL)
 * and the rows a test puts into it, written as ingestion writes them: a submission, then its
 * observations with their vintage (valid_from, valid_to, current_key while current).
 */
final class ReportDatabase {

    /** The two databases THB Hub runs on. */
    enum Kind {
        H2,
        POSTGRES
    }

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    final DataSource dataSource;

    private ReportDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new, empty, migrated database of the kind asked for. */
    static ReportDatabase fresh(Kind kind) {
        DataSource dataSource =
                switch (kind) {
                    case H2 -> h2();
                    case POSTGRES -> postgres();
                };
        migrate(dataSource);
        return new ReportDatabase(dataSource);
    }

    /**
     * An existing PostgreSQL database, migrated (the reports benchmark on a server of one's own:
     * {@code -Dthb.bench.jdbc=jdbc:postgresql://host:port/db?user=...}).
     */
    static ReportDatabase external(String url) {
        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
        pg.setURL(url);
        migrate(pg);
        return new ReportDatabase(pg);
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:reports-" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    /**
     * One server for the whole test run and a new database for each test, copied from a template
     * migrated once.
     */
    private static synchronized DataSource postgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(ReportDatabase::stopPostgres));
                execute("create database reports_template");
                migrate(postgres.getDatabase("postgres", "reports_template"));
            }
            String name = "reports_" + NAMES.incrementAndGet();
            execute("create database " + name + " template reports_template");
            return postgres.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    private static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is going away; the data directory is temporary
        }
    }

    /** Runs one statement on the stored rows (what a later submission would change). */
    void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An accepted submission of a country, received at the given time. */
    UUID submission(String iso3, Instant receivedAt, String fileName) {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "insert into submission (id, country_iso3, channel, status, mode,"
                                        + " file_name, sha256, size_bytes, uploader, received_at,"
                                        + " judged_at, observations)"
                                        + " values (?, ?, 'REST', 'ACCEPTED', 'STRICT', ?, ?, 1,"
                                        + " 'test', ?, ?, 1)")) {
            s.setObject(1, id);
            s.setString(2, iso3);
            s.setString(3, fileName);
            s.setString(4, String.format("%064x", id.getLeastSignificantBits() & Long.MAX_VALUE));
            s.setObject(5, utc(receivedAt));
            s.setObject(6, utc(receivedAt));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** One stored observation; build with {@link #row}. */
    record Row(
            String refArea,
            String indicator,
            String sex,
            String age,
            String citizen,
            String expl,
            String recruit,
            int year,
            Long value,
            String obsStatus,
            String confStatus,
            Instant validFrom,
            Instant validTo) {

        Row sex(String code) {
            return new Row(
                    refArea,
                    indicator,
                    code,
                    age,
                    citizen,
                    expl,
                    recruit,
                    year,
                    value,
                    obsStatus,
                    confStatus,
                    validFrom,
                    validTo);
        }

        Row age(String code) {
            return new Row(
                    refArea,
                    indicator,
                    sex,
                    code,
                    citizen,
                    expl,
                    recruit,
                    year,
                    value,
                    obsStatus,
                    confStatus,
                    validFrom,
                    validTo);
        }

        Row citizen(String code) {
            return new Row(
                    refArea,
                    indicator,
                    sex,
                    age,
                    code,
                    expl,
                    recruit,
                    year,
                    value,
                    obsStatus,
                    confStatus,
                    validFrom,
                    validTo);
        }

        Row expl(String code) {
            return new Row(
                    refArea,
                    indicator,
                    sex,
                    age,
                    citizen,
                    code,
                    recruit,
                    year,
                    value,
                    obsStatus,
                    confStatus,
                    validFrom,
                    validTo);
        }

        Row value(Long v) {
            return new Row(
                    refArea,
                    indicator,
                    sex,
                    age,
                    citizen,
                    expl,
                    recruit,
                    year,
                    v,
                    obsStatus,
                    confStatus,
                    validFrom,
                    validTo);
        }

        Row obs(String status) {
            return new Row(
                    refArea,
                    indicator,
                    sex,
                    age,
                    citizen,
                    expl,
                    recruit,
                    year,
                    value,
                    status,
                    confStatus,
                    validFrom,
                    validTo);
        }

        /** Suppressed at source with {@code CONF_STATUS} A, C or N; the value may be kept. */
        Row conf(String status) {
            return new Row(
                    refArea, indicator, sex, age, citizen, expl, recruit, year, value, obsStatus,
                    status, validFrom, validTo);
        }

        /** In force from {@code from} until {@code to} (a later vintage replaced it). */
        Row valid(Instant from, Instant to) {
            return new Row(
                    refArea,
                    indicator,
                    sex,
                    age,
                    citizen,
                    expl,
                    recruit,
                    year,
                    value,
                    obsStatus,
                    confStatus,
                    from,
                    to);
        }

        boolean current() {
            return validTo == null;
        }

        String key() {
            return String.join(
                    ".",
                    refArea,
                    indicator,
                    sex,
                    age,
                    citizen,
                    expl,
                    recruit,
                    Integer.toString(year));
        }
    }

    static final Instant LOADED = Instant.parse("2024-01-10T08:00:00Z");

    /** A current total: every dimension {@code _T}, free, normal, loaded at {@link #LOADED}. */
    static Row row(String refArea, String indicator, int year, long value) {
        return new Row(
                refArea, indicator, "_T", "_T", "_T", "_T", "_T", year, value, "A", "F", LOADED,
                null);
    }

    void insert(UUID submission, Iterable<Row> rows) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "insert into observation (submission_id, ref_area, indicator, sex,"
                                        + " age, citizen, expl, recruit, time_period, obs_value,"
                                        + " obs_status, conf_status, valid_from, valid_to,"
                                        + " current_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                        + " ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            int batch = 0;
            for (Row r : rows) {
                s.setObject(1, submission);
                s.setString(2, r.refArea());
                s.setString(3, r.indicator());
                s.setString(4, r.sex());
                s.setString(5, r.age());
                s.setString(6, r.citizen());
                s.setString(7, r.expl());
                s.setString(8, r.recruit());
                s.setInt(9, r.year());
                if (r.value() == null) {
                    s.setNull(10, Types.BIGINT);
                } else {
                    s.setLong(10, r.value());
                }
                s.setString(11, r.obsStatus());
                s.setString(12, r.confStatus());
                s.setObject(13, utc(r.validFrom()));
                s.setObject(14, r.validTo() == null ? null : utc(r.validTo()));
                s.setString(15, r.current() ? r.key() : null);
                s.addBatch();
                if (++batch % 5_000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void policy(UUID submission, String refArea, String item, int year, String status) {
        policy(submission, refArea, item, year, status, LOADED, null);
    }

    void policy(
            UUID submission,
            String refArea,
            String item,
            int year,
            String status,
            Instant validFrom,
            Instant validTo) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "insert into policy_status (submission_id, ref_area, policy_item,"
                                        + " time_period, status, valid_from, valid_to, current_key)"
                                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, submission);
            s.setString(2, refArea);
            s.setString(3, item);
            s.setInt(4, year);
            s.setString(5, status);
            s.setObject(6, utc(validFrom));
            s.setObject(7, validTo == null ? null : utc(validTo));
            s.setString(8, validTo == null ? refArea + "." + item + "." + year : null);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
