package org.thbhub.observation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
 *
 * <p>A plain CDI bean, not an EJB (issue 15): it only reads, each statement on its own, so the EJB
 * and JTA interceptor chain (a transaction begun and committed around every read) bought nothing
 * but cost on every request. Called inside a transaction, its connection still joins it.
 */
@ApplicationScoped
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
        return where(caller, filter)
                .map(w -> find(w, page))
                .orElseGet(() -> new Page<>(List.of(), page.page(), page.size(), 0));
    }

    /**
     * The version of the data {@code filter} reads in the caller's scope, or empty when the caller
     * may see none of it: the sum of the data versions of the countries it covers (all countries
     * when unrestricted). Every transaction that stores or withdraws values bumps the versions of
     * the countries it touches before it commits ({@link ObservationStager}), so the version
     * changes with every commit that can change the answer, on whichever node; read before the
     * rows, it never names data older than those rows. No query is built: a request whose page is
     * kept reads this number only (issue 15).
     */
    public OptionalLong version(Caller caller, ObservationFilter filter) {
        Optional<List<String>> covered = covered(caller.scope(), filter);
        return covered.isEmpty() ? OptionalLong.empty() : OptionalLong.of(version(covered.get()));
    }

    private long version(List<String> countries) {
        // one country (a government reader, or a filter by country): the value itself, no sum
        String sql =
                countries.size() == 1
                        ? "select data_version from country where iso3 = ?"
                        : countries.isEmpty()
                                ? "select cast(coalesce(sum(data_version), 0) as bigint) from country"
                                : "select cast(coalesce(sum(data_version), 0) as bigint) from country"
                                        + " where iso3 in ("
                                        + String.join(
                                                ", ", countries.stream().map(c -> "?").toList())
                                        + ")";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < countries.size(); i++) {
                s.setString(i + 1, countries.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                // a country not in the table has no data, and never will
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the data version failed", e);
        }
    }

    /** One page of what {@code where} matches, and how many it matches in all. */
    private Page<ObservationView> find(Where where, PageRequest page) {
        List<ObservationView> items = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s =
                            where.prepare(
                                    c,
                                    "select "
                                            + COLUMNS
                                            + " from observation o"
                                            + where.sql
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
                            where.prepare(c, "select count(*) from observation o" + where.sql);
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
    /**
     * The countries a query by {@code scope} with {@code f} reads, distinct and sorted (empty: all
     * countries), or empty when the scope lets it read nothing.
     */
    private static Optional<List<String>> covered(Scope scope, ObservationFilter f) {
        if (scope.equals(Scope.NONE)) {
            return Optional.empty();
        }
        List<CountryCode> countries = f.countries();
        if (!scope.all()) {
            CountryCode own = scope.only().orElseThrow();
            if (!countries.isEmpty() && !countries.contains(own)) {
                return Optional.empty();
            }
            return Optional.of(List.of(own.iso3()));
        }
        if (countries.isEmpty()) {
            return Optional.of(List.of());
        }
        return Optional.of(countries.stream().map(CountryCode::iso3).distinct().sorted().toList());
    }

    private static Optional<Where> where(Caller caller, ObservationFilter f) {
        Optional<List<String>> covered = covered(caller.scope(), f);
        if (covered.isEmpty()) {
            return Optional.empty();
        }
        Where w = new Where();
        w.in("o.ref_area", covered.get());
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
