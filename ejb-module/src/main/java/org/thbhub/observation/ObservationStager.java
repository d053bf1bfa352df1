package org.thbhub.observation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.thbhub.ingest.Observation;
import org.thbhub.ingest.ObservationKey;
import org.thbhub.ingest.PolicyObservation;
import org.thbhub.validation.ValidationOutcome;

/**
 * Stores one file's rows in its transaction (docs/adr/0007). While the file is read, rows that pass
 * the row checks are streamed into the staging tables: PostgreSQL's COPY, JDBC batches elsewhere,
 * so memory does not grow with the file. Once the whole-file checks have spoken, the verdict is
 * applied with a handful of set-based statements: refused rows are dropped, the keys a file revises
 * or withdraws are closed, the new vintages inserted, the staging emptied.
 */
public final class ObservationStager implements AutoCloseable {

    private static final int BATCH = 1_000;
    private static final int COPY_CHUNK = 1 << 16;

    private static final String STAGE_COLUMNS =
            "submission_id, ordinal, action, series_key, ref_area, indicator, sex, age, citizen,"
                    + " expl, recruit, time_period, obs_value, obs_status, conf_status, comment";

    private final Connection connection;
    private final UUID submission;
    private final boolean postgres;

    private PgCopy copy;
    private final ByteArrayOutputStream copyBuffer = new ByteArrayOutputStream(COPY_CHUNK + 4096);
    private PreparedStatement batch;
    private int batched;
    private PreparedStatement policyBatch;
    private long staged;
    private long stagedPolicies;

    public ObservationStager(Connection connection, UUID submission) throws SQLException {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.submission = Objects.requireNonNull(submission, "submission");
        this.postgres =
                connection
                        .getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase()
                        .contains("postgres");
    }

    public void stage(Observation o) throws SQLException {
        staged++;
        if (postgres) {
            copyRow(o);
        } else {
            batchRow(o);
        }
    }

    private void copyRow(Observation o) throws SQLException {
        if (copy == null) {
            copy =
                    PgCopy.start(
                            connection,
                            "COPY observation_stage ("
                                    + STAGE_COLUMNS
                                    + ") FROM STDIN WITH (FORMAT csv)");
        }
        ObservationKey k = o.key();
        StringBuilder line = new StringBuilder(128);
        line.append(submission)
                .append(',')
                .append(o.ordinal())
                .append(',')
                .append(o.action().code())
                .append(',')
                .append(SeriesKey.of(k))
                .append(',')
                .append(k.refArea().iso3())
                .append(',')
                .append(k.indicator())
                .append(',')
                .append(k.sex())
                .append(',')
                .append(k.age())
                .append(',')
                .append(k.citizen())
                .append(',')
                .append(k.expl())
                .append(',')
                .append(k.recruit())
                .append(',')
                .append(k.year())
                .append(',');
        if (o.value().isPresent()) {
            line.append(o.value().getAsLong());
        }
        line.append(',').append(obsStatus(o)).append(',').append(confStatus(o)).append(',');
        if (!o.comment().isEmpty()) {
            line.append('"').append(o.comment().replace("\"", "\"\"")).append('"');
        }
        line.append('\n');
        copyBuffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        if (copyBuffer.size() >= COPY_CHUNK) {
            flushCopy();
        }
    }

    private void flushCopy() throws SQLException {
        if (copyBuffer.size() > 0) {
            copy.write(copyBuffer.toByteArray(), copyBuffer.size());
            copyBuffer.reset();
        }
    }

    private void batchRow(Observation o) throws SQLException {
        if (batch == null) {
            batch =
                    connection.prepareStatement(
                            "insert into observation_stage ("
                                    + STAGE_COLUMNS
                                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        ObservationKey k = o.key();
        batch.setObject(1, submission);
        batch.setInt(2, o.ordinal());
        batch.setString(3, o.action().code());
        batch.setString(4, SeriesKey.of(k));
        batch.setString(5, k.refArea().iso3());
        batch.setString(6, k.indicator());
        batch.setString(7, k.sex());
        batch.setString(8, k.age());
        batch.setString(9, k.citizen());
        batch.setString(10, k.expl());
        batch.setString(11, k.recruit());
        batch.setInt(12, k.year());
        if (o.value().isPresent()) {
            batch.setLong(13, o.value().getAsLong());
        } else {
            batch.setNull(13, Types.BIGINT);
        }
        batch.setString(14, obsStatus(o));
        batch.setString(15, confStatus(o));
        batch.setString(16, o.comment().isEmpty() ? null : o.comment());
        batch.addBatch();
        if (++batched == BATCH) {
            batch.executeBatch();
            batched = 0;
        }
    }

    public void stage(PolicyObservation p) throws SQLException {
        stagedPolicies++;
        if (policyBatch == null) {
            policyBatch =
                    connection.prepareStatement(
                            "insert into policy_stage (submission_id, ordinal, action, series_key,"
                                    + " ref_area, policy_item, time_period, status, legal_ref,"
                                    + " source_url, comment) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        policyBatch.setObject(1, submission);
        policyBatch.setInt(2, p.ordinal());
        policyBatch.setString(3, p.action().code());
        policyBatch.setString(4, SeriesKey.of(p));
        policyBatch.setString(5, p.refArea().iso3());
        policyBatch.setString(6, p.policyItem());
        policyBatch.setInt(7, p.year());
        policyBatch.setString(8, p.status());
        policyBatch.setString(9, blankToNull(p.legalRef()));
        policyBatch.setString(10, blankToNull(p.sourceUrl()));
        policyBatch.setString(11, blankToNull(p.comment()));
        policyBatch.addBatch();
    }

    /** Ends the streaming: everything read is in the staging tables. */
    public void flush() throws SQLException {
        if (copy != null) {
            flushCopy();
            copy.end();
            copy = null;
        }
        if (batch != null && batched > 0) {
            batch.executeBatch();
            batched = 0;
        }
        if (policyBatch != null) {
            policyBatch.executeBatch();
        }
    }

    /** What {@link #apply} stored. */
    public record Applied(long observations, long policies, long withdrawn) {}

    /**
     * Applies the verdict: the rows the outcome refuses are dropped (lenient imports), the rest
     * become the current vintages as of {@code now}.
     */
    public Applied apply(ValidationOutcome outcome, Instant now) throws SQLException {
        flush();
        dropRefused(outcome);
        Timestamp at = Timestamp.from(lockCountries(now));
        bumpDataVersions();
        long withdrawn = 0;
        // R: current values of the file's country x indicator x year that the file lacks go.
        withdrawn +=
                update(
                        "update observation set valid_to = ?, current_key = null"
                                + " where current_key is not null"
                                + " and exists (select 1 from observation_stage s"
                                + " where s.submission_id = ? and s.action = 'R'"
                                + " and s.ref_area = observation.ref_area"
                                + " and s.indicator = observation.indicator"
                                + " and s.time_period = observation.time_period)"
                                + " and not exists (select 1 from observation_stage s"
                                + " where s.submission_id = ? and s.series_key = observation.current_key)",
                        at,
                        submission,
                        submission);
        // Every key the file names (I, A, R revise it; D withdraws it) closes its current value.
        withdrawn +=
                update(
                        "update observation set valid_to = ?, current_key = null"
                                + " where current_key in (select s.series_key from observation_stage s"
                                + " where s.submission_id = ?)",
                        at,
                        submission);
        long observations =
                update(
                        "insert into observation (submission_id, ref_area, indicator, sex, age,"
                                + " citizen, expl, recruit, time_period, obs_value, obs_status,"
                                + " conf_status, comment, valid_from, current_key)"
                                + " select submission_id, ref_area, indicator, sex, age, citizen,"
                                + " expl, recruit, time_period, obs_value, obs_status, conf_status,"
                                + " comment, ?, series_key from observation_stage"
                                + " where submission_id = ? and action <> 'D'",
                        at,
                        submission);
        update(
                "update policy_status set valid_to = ?, current_key = null"
                        + " where current_key is not null"
                        + " and exists (select 1 from policy_stage s"
                        + " where s.submission_id = ? and s.action = 'R'"
                        + " and s.ref_area = policy_status.ref_area"
                        + " and s.time_period = policy_status.time_period)"
                        + " and not exists (select 1 from policy_stage s"
                        + " where s.submission_id = ? and s.series_key = policy_status.current_key)",
                at,
                submission,
                submission);
        update(
                "update policy_status set valid_to = ?, current_key = null"
                        + " where current_key in (select s.series_key from policy_stage s"
                        + " where s.submission_id = ?)",
                at,
                submission);
        long policies =
                update(
                        "insert into policy_status (submission_id, ref_area, policy_item,"
                                + " time_period, status, legal_ref, source_url, comment, valid_from,"
                                + " current_key) select submission_id, ref_area, policy_item,"
                                + " time_period, status, legal_ref, source_url, comment, ?, series_key"
                                + " from policy_stage where submission_id = ? and action <> 'D'",
                        at,
                        submission);
        discard();
        return new Applied(observations, policies, withdrawn);
    }

    /**
     * Two files of one country applied at once (two nodes, or two uploads) would each close the
     * values the other has not committed yet, and collide on the current keys. The countries the
     * file touches are locked first, always in the same order (no deadlock between two files of
     * several countries), so one waits for the other and then sees its vintages. The new vintage
     * starts no earlier than the one it closes: the file that waited may have started first.
     *
     * <p>On PostgreSQL the lock is FOR NO KEY UPDATE: each file's submission row already holds a
     * FOR KEY SHARE lock on its country (the foreign key), and FOR UPDATE conflicts with that, so
     * two files of one country each waited for the other's key-share lock: a deadlock (seen with
     * two nodes, NodesIT). FOR NO KEY UPDATE still excludes the other file's lock, not its foreign
     * keys.
     */
    private Instant lockCountries(Instant now) throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement(
                        "select iso3 from country where iso3 in"
                                + " (select ref_area from observation_stage where submission_id = ?"
                                + " union select ref_area from policy_stage where submission_id = ?)"
                                + " order by iso3 "
                                + (postgres ? "for no key update" : "for update"))) {
            s.setObject(1, submission);
            s.setObject(2, submission);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    // each row read is locked until the transaction ends
                }
            }
        }
        Instant at = now;
        for (String table : new String[] {"observation", "policy_status"}) {
            try (PreparedStatement s =
                    connection.prepareStatement(
                            "select max(valid_from) from "
                                    + table
                                    + " where current_key is not null and ref_area in"
                                    + " (select ref_area from observation_stage where submission_id = ?"
                                    + " union select ref_area from policy_stage where submission_id = ?)")) {
                s.setObject(1, submission);
                s.setObject(2, submission);
                try (var r = s.executeQuery()) {
                    if (r.next() && r.getTimestamp(1) != null) {
                        Instant latest = r.getTimestamp(1).toInstant();
                        if (latest.isAfter(at)) {
                            at = latest;
                        }
                    }
                }
            }
        }
        return at;
    }

    /**
     * The countries this file touches have new data once it commits: their versions move on in the
     * same transaction, so a cached answer for them is not served past the commit (issue 15,
     * Observations.version). The rows are locked by {@link #lockCountries} already.
     */
    private void bumpDataVersions() throws SQLException {
        update(
                "update country set data_version = data_version + 1 where iso3 in"
                        + " (select ref_area from observation_stage where submission_id = ?"
                        + " union select ref_area from policy_stage where submission_id = ?)",
                submission,
                submission);
    }

    /** Empties this file's staging: a rejected file leaves nothing of its rows behind. */
    public void discard() throws SQLException {
        flush();
        update("delete from observation_stage where submission_id = ?", submission);
        update("delete from policy_stage where submission_id = ?", submission);
    }

    public long staged() {
        return staged + stagedPolicies;
    }

    private void dropRefused(ValidationOutcome outcome) throws SQLException {
        dropRefused(
                "delete from observation_stage where submission_id = ? and ordinal = ?",
                outcome.observationRows(),
                outcome::storesObservation,
                staged);
        dropRefused(
                "delete from policy_stage where submission_id = ? and ordinal = ?",
                outcome.policyRows(),
                outcome::storesPolicy,
                stagedPolicies);
    }

    private void dropRefused(
            String sql, int rows, java.util.function.IntPredicate stores, long stagedRows)
            throws SQLException {
        if (stagedRows == 0) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            int pending = 0;
            for (int ordinal = 0; ordinal < rows; ordinal++) {
                if (!stores.test(ordinal)) {
                    delete.setObject(1, submission);
                    delete.setInt(2, ordinal);
                    delete.addBatch();
                    if (++pending == BATCH) {
                        delete.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                delete.executeBatch();
            }
        }
    }

    private long update(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeLargeUpdate();
        }
    }

    private static String obsStatus(Observation o) {
        return o.obsStatus().isEmpty() ? "A" : o.obsStatus();
    }

    private static String confStatus(Observation o) {
        return o.confStatus().isEmpty() ? "F" : o.confStatus();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (copy != null) {
                copy.close();
            }
        } finally {
            if (batch != null) {
                batch.close();
            }
            if (policyBatch != null) {
                policyBatch.close();
            }
        }
    }
}
