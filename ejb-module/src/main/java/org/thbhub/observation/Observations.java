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
        return query(caller, filter)
                .map(q -> find(q, page))
                .orElseGet(() -> new Page<>(List.of(), page.page(), page.size(), 0));
    }

    /**
     * What {@code filter} asks of the stored values once the caller's scope is applied, or empty
     * when the caller may see nothing of it. Two equal queries answer the same rows, whoever asks:
     * the scope is part of the query (a government reader's query names their own country only).
     */
    public Optional<Query> query(Caller caller, ObservationFilter filter) {
        return where(caller, filter).map(w -> new Query(w.sql, w.params, w.countries));
    }

    /**
     * The version of the data {@code query} reads: the sum of the data versions of the countries it
     * covers (all countries when unrestricted). Every transaction that stores or withdraws values
     * bumps the versions of the countries it touches before it commits ({@link ObservationStager}),
     * so a query's version changes with every commit that can change its answer, on whichever node;
     * read before the rows, it never names data older than those rows.
     */
    public long version(Query query) {
        // one country (a government reader, or a filter by country): the value itself, no sum
        String sql =
                query.countries.size() == 1
                        ? "select data_version from country where iso3 = ?"
                        : query.countries.isEmpty()
                                ? "select cast(coalesce(sum(data_version), 0) as bigint) from country"
                                : "select cast(coalesce(sum(data_version), 0) as bigint) from country"
                                        + " where iso3 in ("
                                        + String.join(
                                                ", ",
                                                query.countries.stream().map(c -> "?").toList())
                                        + ")";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < query.countries.size(); i++) {
                s.setString(i + 1, query.countries.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                // a country not in the table has no data, and never will
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the data version failed", e);
        }
    }

    /** One page of what {@code query} matches, and how many it matches in all. */
    public Page<ObservationView> find(Query query, PageRequest page) {
        Where where = query.where();
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

    /**
     * A scoped query of the stored values, comparable: equal queries read the same rows. Opaque to
     * callers, who use it as a cache key and hand it back to {@link #find(Query, PageRequest)}.
     */
    public static final class Query {
        private final String sql;
        private final List<Object> params;
        private final List<String> countries;

        private Query(String sql, List<Object> params, List<String> countries) {
            this.sql = sql;
            this.params = List.copyOf(params);
            this.countries = List.copyOf(countries);
        }

        private Where where() {
            Where w = new Where();
            w.sql = sql;
            w.params.addAll(params);
            return w;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Query q && sql.equals(q.sql) && params.equals(q.params);
        }

        @Override
        public int hashCode() {
            return 31 * sql.hashCode() + params.hashCode();
        }

        @Override
        public String toString() {
            return "Query[" + sql + " " + params + "]";
        }
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
        w.countries = countries.stream().map(CountryCode::iso3).distinct().sorted().toList();
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

        /** The countries the query is restricted to; empty: all. */
        private List<String> countries = List.of();

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
