package org.thbhub.release;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The values the public may read at a given time: for each country x year, those of its latest
 * publication whose release time has come, exactly as they were when it was published (the vintages
 * linked to it), never anything newer. Read by the public SDMX API and by reports asked for
 * published values.
 */
@Stateless
public class PublicData {

    /**
     * The publication of each country x year that is public at time {@code ?}: the latest one
     * published among those already released. Two parameters: the time, twice.
     */
    public static final String PUBLIC_PUBLICATIONS =
            "select p.id, p.release_at from publication p where p.release_at <= ?"
                    + " and p.id = (select max(q.id) from publication q"
                    + " where q.country_iso3 = p.country_iso3 and q.time_period = p.time_period"
                    + " and q.release_at <= ?)";

    /**
     * The ids of the THB_STAT values public at time {@code ?} (two parameters: the time, twice).
     */
    public static final String PUBLIC_OBSERVATION_IDS =
            "select po.observation_id from published_observation po where po.publication_id in"
                    + " (select pp.id from ("
                    + PUBLIC_PUBLICATIONS
                    + ") pp)";

    @Resource(lookup = "java:jboss/datasources/ThbHubDS")
    private DataSource dataSource;

    /** What a data query asks for; an empty set means every code. */
    public record Filter(
            List<Set<String>> codes,
            Optional<Integer> startYear,
            Optional<Integer> endYear,
            Optional<Instant> updatedAfter) {

        public Filter {
            codes = List.copyOf(codes);
        }

        public static Filter all(int dimensions) {
            List<Set<String>> none = new ArrayList<>();
            for (int i = 0; i < dimensions; i++) {
                none.add(Set.of());
            }
            return new Filter(none, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * A public THB_STAT value; {@code value} may be present for a suppressed one: never print it.
     */
    public record StatValue(
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
            String comment,
            Instant releaseAt) {}

    /** A public THB_POLICY value. */
    public record PolicyValue(
            String refArea,
            String policyItem,
            int year,
            String status,
            String legalRef,
            String sourceUrl,
            String comment,
            Instant releaseAt) {}

    private static final String[] STAT_DIMENSIONS = {
        "o.ref_area", "o.indicator", "o.sex", "o.age", "o.citizen", "o.expl", "o.recruit"
    };
    private static final String[] POLICY_DIMENSIONS = {"v.ref_area", "v.policy_item"};

    /**
     * Every public THB_STAT value matching {@code filter} at {@code now}, in series order
     * (REF_AREA, INDICATOR, SEX, AGE, CITIZEN, EXPL, RECRUIT, then TIME_PERIOD), streamed.
     */
    public void forEachStat(Filter filter, Instant now, Consumer<StatValue> sink) {
        String sql =
                "select o.ref_area, o.indicator, o.sex, o.age, o.citizen, o.expl, o.recruit,"
                        + " o.time_period, o.obs_value, o.obs_status, o.conf_status, o.comment,"
                        + " pub.release_at from ("
                        + PUBLIC_PUBLICATIONS
                        + ") pub join published_observation po on po.publication_id = pub.id"
                        + " join observation o on o.id = po.observation_id";
        stream(
                sql,
                "o.time_period",
                STAT_DIMENSIONS,
                filter,
                now,
                " order by o.ref_area, o.indicator, o.sex, o.age, o.citizen, o.expl, o.recruit,"
                        + " o.time_period",
                rs ->
                        sink.accept(
                                new StatValue(
                                        text(rs, 1),
                                        text(rs, 2),
                                        text(rs, 3),
                                        text(rs, 4),
                                        text(rs, 5),
                                        text(rs, 6),
                                        text(rs, 7),
                                        rs.getInt(8),
                                        (Long) rs.getObject(9, Long.class),
                                        text(rs, 10),
                                        text(rs, 11),
                                        rs.getString(12),
                                        rs.getTimestamp(13).toInstant())));
    }

    /** Every public THB_POLICY value matching {@code filter}, in series order, streamed. */
    public void forEachPolicy(Filter filter, Instant now, Consumer<PolicyValue> sink) {
        String sql =
                "select v.ref_area, v.policy_item, v.time_period, v.status, v.legal_ref,"
                        + " v.source_url, v.comment, pub.release_at from ("
                        + PUBLIC_PUBLICATIONS
                        + ") pub join published_policy pp on pp.publication_id = pub.id"
                        + " join policy_status v on v.id = pp.policy_status_id";
        stream(
                sql,
                "v.time_period",
                POLICY_DIMENSIONS,
                filter,
                now,
                " order by v.ref_area, v.policy_item, v.time_period",
                rs ->
                        sink.accept(
                                new PolicyValue(
                                        text(rs, 1),
                                        text(rs, 2),
                                        rs.getInt(3),
                                        text(rs, 4),
                                        rs.getString(5),
                                        rs.getString(6),
                                        rs.getString(7),
                                        rs.getTimestamp(8).toInstant())));
    }

    /** The latest release time that has come by {@code now}: what public answers date from. */
    public Optional<Instant> latestRelease(Instant now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "select max(release_at) from publication where release_at <= ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Timestamp latest = rs.getTimestamp(1);
                return Optional.ofNullable(latest).map(Timestamp::toInstant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the latest release failed", e);
        }
    }

    /** How many publications are public by {@code now}: with the latest release, a cache key. */
    public long releasedCount(Instant now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "select count(*) from publication where release_at <= ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the publications failed", e);
        }
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Whether any public THB_STAT value matches {@code filter} at {@code now}. */
    public boolean anyStat(Filter filter, Instant now) {
        boolean[] any = {false};
        stream(
                "select 1 from ("
                        + PUBLIC_PUBLICATIONS
                        + ") pub join published_observation po on po.publication_id = pub.id"
                        + " join observation o on o.id = po.observation_id",
                "o.time_period",
                STAT_DIMENSIONS,
                filter,
                now,
                " fetch first 1 rows only",
                rs -> any[0] = true);
        return any[0];
    }

    /** Whether any public THB_POLICY value matches {@code filter} at {@code now}. */
    public boolean anyPolicy(Filter filter, Instant now) {
        boolean[] any = {false};
        stream(
                "select 1 from ("
                        + PUBLIC_PUBLICATIONS
                        + ") pub join published_policy pp on pp.publication_id = pub.id"
                        + " join policy_status v on v.id = pp.policy_status_id",
                "v.time_period",
                POLICY_DIMENSIONS,
                filter,
                now,
                " fetch first 1 rows only",
                rs -> any[0] = true);
        return any[0];
    }

    private void stream(
            String select,
            String period,
            String[] dimensions,
            Filter filter,
            Instant now,
            String order,
            RowReader reader) {
        List<Object> params = new ArrayList<>();
        Timestamp at = Timestamp.from(now);
        params.add(at);
        params.add(at);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        for (int i = 0; i < dimensions.length && i < filter.codes().size(); i++) {
            Set<String> codes = filter.codes().get(i);
            if (!codes.isEmpty()) {
                where.append(" and ")
                        .append(dimensions[i])
                        .append(" in (")
                        .append(String.join(", ", codes.stream().map(c -> "?").toList()))
                        .append(')');
                params.addAll(codes.stream().sorted().toList());
            }
        }
        filter.startYear()
                .ifPresent(
                        y -> {
                            where.append(" and ").append(period).append(" >= ?");
                            params.add(y);
                        });
        filter.endYear()
                .ifPresent(
                        y -> {
                            where.append(" and ").append(period).append(" <= ?");
                            params.add(y);
                        });
        filter.updatedAfter()
                .ifPresent(
                        t -> {
                            where.append(" and pub.release_at > ?");
                            params.add(Timestamp.from(t));
                        });
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(select + where + order)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            s.setFetchSize(2_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading published values failed", e);
        }
    }

    /** CHAR columns come back blank-padded from some drivers. */
    private static String text(ResultSet rs, int column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : value.strip();
    }
}
