package org.thbhub.observation;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.thbhub.access.Caller;
import org.thbhub.access.Scope;
import org.thbhub.common.Page;
import org.thbhub.common.PageRequest;
import org.thbhub.reference.CountryCode;

/**
 * Reading stored values, always through the caller's scope: current values, or the vintage current
 * at {@code asOf} (docs/adr/0003).
 */
@Stateless
public class Observations {

    private static final String COLUMNS =
            "o.ref_area, o.indicator, o.sex, o.age, o.citizen, o.expl, o.recruit, o.time_period,"
                    + " o.obs_value, o.obs_status, o.conf_status, o.comment, o.submission_id,"
                    + " o.valid_from";
    private static final String ORDER =
            " order by o.ref_area, o.indicator, o.time_period, o.sex, o.age, o.citizen, o.expl,"
                    + " o.recruit";

    @Resource(lookup = "java:jboss/datasources/ThbHubDS")
    private DataSource dataSource;

    public Page<ObservationView> find(Caller caller, ObservationFilter filter, PageRequest page) {
        Optional<Where> where = where(caller, filter);
        if (where.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<ObservationView> items = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s =
                            where.get()
                                    .prepare(
                                            c,
                                            "select "
                                                    + COLUMNS
                                                    + " from observation o"
                                                    + where.get().sql
                                                    + ORDER
                                                    + " offset "
                                                    + page.offset()
                                                    + " rows fetch next "
                                                    + page.size()
                                                    + " rows only");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(view(rs));
                }
            }
            try (PreparedStatement s =
                            where.get()
                                    .prepare(
                                            c,
                                            "select count(*) from observation o"
                                                    + where.get().sql);
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading observations failed", e);
        }
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Every matching value, streamed to {@code sink} without holding them in memory. */
    public void forEach(Caller caller, ObservationFilter filter, Consumer<ObservationView> sink) {
        Optional<Where> where = where(caller, filter);
        if (where.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        where.get()
                                .prepare(
                                        c,
                                        "select "
                                                + COLUMNS
                                                + " from observation o"
                                                + where.get().sql
                                                + ORDER)) {
            s.setFetchSize(2_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sink.accept(view(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading observations failed", e);
        }
    }

    public Page<PolicyView> policy(
            Caller caller,
            List<CountryCode> countries,
            List<String> items,
            Optional<Integer> from,
            Optional<Integer> to,
            Optional<java.time.Instant> asOf,
            PageRequest page) {
        ObservationFilter filter =
                new ObservationFilter(
                        countries, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        from, to, asOf);
        Optional<Where> scoped = where(caller, filter);
        if (scoped.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = scoped.get();
        where.in("o.policy_item", items);
        String sql = where.sql;
        List<PolicyView> found = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s =
                            where.prepare(
                                    c,
                                    "select o.ref_area, o.policy_item, o.time_period, o.status,"
                                            + " o.legal_ref, o.source_url, o.comment,"
                                            + " o.submission_id, o.valid_from from policy_status o"
                                            + sql
                                            + " order by o.ref_area, o.time_period, o.policy_item"
                                            + " offset "
                                            + page.offset()
                                            + " rows fetch next "
                                            + page.size()
                                            + " rows only");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(
                            new PolicyView(
                                    rs.getString(1).strip(),
                                    rs.getString(2),
                                    rs.getInt(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getObject(8).toString(),
                                    rs.getTimestamp(9).toInstant()));
                }
            }
            try (PreparedStatement s =
                            where.prepare(c, "select count(*) from policy_status o" + sql);
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading policy status failed", e);
        }
        return new Page<>(found, page.page(), page.size(), total);
    }

    private static ObservationView view(ResultSet rs) throws SQLException {
        String conf = rs.getString(11);
        long value = rs.getLong(9);
        Long shown = rs.wasNull() || ObservationView.suppressed(conf) ? null : value;
        return new ObservationView(
                rs.getString(1).strip(),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8),
                shown,
                rs.getString(10),
                conf,
                rs.getString(12),
                rs.getObject(13).toString(),
                rs.getTimestamp(14).toInstant());
    }

    /** The scoped WHERE clause; empty when the caller may see nothing of what is asked. */
    private static Optional<Where> where(Caller caller, ObservationFilter f) {
        Scope scope = caller.scope();
        if (scope.equals(Scope.NONE)) {
            return Optional.empty();
        }
        List<CountryCode> countries = f.countries();
        if (!scope.all()) {
            CountryCode own = scope.only().orElseThrow();
            if (!countries.isEmpty() && !countries.contains(own)) {
                return Optional.empty();
            }
            countries = List.of(own);
        }
        Where w = new Where();
        w.in("o.ref_area", countries.stream().map(CountryCode::iso3).toList());
        w.in("o.indicator", f.indicators());
        w.in("o.sex", f.sex());
        w.in("o.age", f.age());
        w.in("o.citizen", f.citizen());
        w.in("o.expl", f.expl());
        w.in("o.recruit", f.recruit());
        f.from().ifPresent(y -> w.add("o.time_period >= ?", y));
        f.to().ifPresent(y -> w.add("o.time_period <= ?", y));
        if (f.asOf().isPresent()) {
            Timestamp at = Timestamp.from(f.asOf().get());
            w.add("o.valid_from <= ?", at);
            w.add("(o.valid_to is null or o.valid_to > ?)", at);
        } else {
            w.add("o.valid_to is null");
        }
        return Optional.of(w);
    }

    private static final class Where {
        private String sql = "";
        private final List<Object> params = new ArrayList<>();

        void add(String clause, Object... values) {
            sql += (sql.isEmpty() ? " where " : " and ") + clause;
            params.addAll(List.of(values));
        }

        void in(String column, List<String> values) {
            if (!values.isEmpty()) {
                add(
                        column
                                + " in ("
                                + String.join(", ", values.stream().map(v -> "?").toList())
                                + ")",
                        values.toArray());
            }
        }

        PreparedStatement prepare(Connection c, String statement) throws SQLException {
            PreparedStatement s = c.prepareStatement(statement);
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            return s;
        }
    }
}
