package org.thbhub.report.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.thbhub.reference.CountryCode;
import org.thbhub.release.PublicData;
import org.thbhub.report.Breakdown;
import org.thbhub.report.Cell;
import org.thbhub.report.CodeLabels;
import org.thbhub.report.ConfStatus;
import org.thbhub.report.CountryProfileData;
import org.thbhub.report.ObsStatus;
import org.thbhub.report.Observation;
import org.thbhub.report.PolicyStatus;
import org.thbhub.report.Region;
import org.thbhub.report.ReportingState;
import org.thbhub.report.SubmissionSummary;
import org.thbhub.report.TrendReportData;

/**
 * The SQL that feeds the reports: State-level values read from the tables of the V1 schema, as the
 * composers want them. SQL filters (States, years, the vintage in force) and folds citizenship;
 * every aggregate a report prints (region sums, panels, shares) is computed in Java by the
 * composers, where suppression is applied. Plain JDBC, portable between H2 and PostgreSQL, so it is
 * tested on both without a server.
 *
 * <p>Vintages: without {@code asOf} the current values ({@code valid_to is null}); with it the
 * values in force at that instant ({@code valid_from <= asOf < valid_to}).
 *
 * <p>One instance serves one report, on one connection: opened at the first query, closed by {@link
 * #close()}. A report is a handful of queries; a connection for each cost more than some of them.
 * Not for use by two threads at once.
 *
 * <p>Breakdowns: totals of every indicator, and {@code VICT} split by one dimension at a time;
 * cross-tabulations (two dimensions at once) are not read. A {@code CITIZEN} code that is another
 * country's alpha-3 code is summed into {@code FOR}, the reporting State's own code is read as
 * {@code NAT}; a State that gives {@code FOR} (or {@code NAT}) itself is taken at its word and its
 * country parts are not added to it. A folded {@code FOR} that contains a suppressed part is itself
 * suppressed ({@code c}): printed next to {@code NAT}, {@code STLS} and the total it would give the
 * suppressed part away by subtraction.
 */
public final class ReportQueries implements AutoCloseable {

    /** The default grouping of a report: the UN M49 sub-regions seeded by V2. */
    public static final String M49_SUBREGION = "M49_SUBREGION";

    /** Code lists whose labels a report prints; a later list wins a code both have (OTH). */
    static final List<String> LABELLED_LISTS =
            List.of(
                    "POLICY_STATUS",
                    "SEX",
                    "AGE",
                    "CITIZEN",
                    "RECRUIT",
                    "EXPL",
                    "INDICATOR",
                    "POLICY_ITEM");

    static final String VICT = "VICT";

    private static final String CITIZEN_CODES = "('_T', 'NAT', 'FOR', 'STLS', 'UNK')";

    /**
     * The rows of table alias {@code o} a report reads: totals of every indicator and {@code VICT}
     * by one dimension at a time (cross-tabulations are not read).
     */
    private static final String READ_BY_REPORTS =
            " and (case when o.sex <> '_T' then 1 else 0 end"
                    + " + case when o.age <> '_T' then 1 else 0 end"
                    + " + case when o.citizen <> '_T' then 1 else 0 end"
                    + " + case when o.expl <> '_T' then 1 else 0 end"
                    + " + case when o.recruit <> '_T' then 1 else 0 end)"
                    + " <= case when o.indicator = '"
                    + VICT
                    + "' then 1 else 0 end";

    private final DataSource dataSource;
    private final String grouping;
    private final String language;
    private final boolean published;
    private final Executor executor;
    private Connection connection;

    public ReportQueries(DataSource dataSource) {
        this(dataSource, M49_SUBREGION, "en");
    }

    public ReportQueries(DataSource dataSource, String grouping) {
        this(dataSource, grouping, "en");
    }

    /**
     * @param language the language names and labels are read in ({@code *_label} tables, V8); a
     *     name the language lacks is read in English
     */
    public ReportQueries(DataSource dataSource, String grouping, String language) {
        this(dataSource, grouping, language, false);
    }

    /**
     * @param published read only published values, each as it was released (design.md section 12,
     *     docs/adr/0009): the vintages linked to the publication of each country x year that is
     *     public now (or at asOf)
     */
    public ReportQueries(
            DataSource dataSource, String grouping, String language, boolean published) {
        this(dataSource, grouping, language, published, null);
    }

    /**
     * @param executor where a trend report reads its latest change to the data (a query of its own,
     *     on a connection of its own) while the values are read; {@code null}: one after the other
     */
    public ReportQueries(
            DataSource dataSource,
            String grouping,
            String language,
            boolean published,
            Executor executor) {
        this.executor = executor;
        this.published = published;
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.grouping = Objects.requireNonNull(grouping, "grouping");
        this.language = Objects.requireNonNull(language, "language");
    }

    /** The name of country alias {@code c} in the language (joins {@code cl}, {@code ce}). */
    private static final String COUNTRY_NAME = "coalesce(cl.name, ce.name, c.name)";

    private static final String COUNTRY_LABELS =
            " left join country_label cl on cl.iso3 = c.iso3 and cl.lang = ?"
                    + " left join country_label ce on ce.iso3 = c.iso3 and ce.lang = 'en'";

    /** The name of region alias {@code r} in the language (joins {@code rl}, {@code re}). */
    private static final String REGION_NAME = "coalesce(rl.name, re.name, r.name)";

    private static final String REGION_LABELS =
            " left join region_label rl on rl.grouping_code = r.grouping_code"
                    + " and rl.region_code = r.code and rl.lang = ?"
                    + " left join region_label re on re.grouping_code = r.grouping_code"
                    + " and re.region_code = r.code and re.lang = 'en'";

    // ---- whole reports ---------------------------------------------------------------------

    /**
     * Everything a trend report over these regions and years is made from.
     *
     * @param asOf the vintage to read, empty for the current values
     */
    public TrendReportData trend(
            List<Region> regions,
            TrendReportData.Filters years,
            Optional<Instant> asOf,
            Instant generatedAt,
            String source) {
        List<ReportingState> states = states(regions.stream().map(Region::code).toList());
        List<CountryCode> codes = states.stream().map(ReportingState::code).toList();
        // the latest closing scans the closed rows while the values query scans the current
        // ones: on a server with cores to spare, the report waits for the longer of the two only
        CompletableFuture<Optional<Instant>> closing =
                asOf.isPresent() ? null : aside(q -> q.latestClosing(codes, years));
        StateValues values = stateValues(codes, years, asOf);
        Optional<Instant> dataAsOf =
                closing == null
                        ? Optional.empty()
                        : latest(values.latestArrival(), joined(closing));
        return new TrendReportData(
                years,
                asOf.or(() -> dataAsOf).orElse(generatedAt),
                generatedAt,
                regions,
                states,
                values.observations(),
                latestPolicy(codes, years.to(), asOf),
                labels(),
                source,
                language);
    }

    /** Everything a State's profile is made from. */
    public CountryProfileData countryProfile(
            ReportingState state,
            TrendReportData.Filters years,
            Optional<Instant> asOf,
            Instant generatedAt,
            String source) {
        List<CountryCode> codes = List.of(state.code());
        StateValues values = stateValues(codes, years, asOf);
        return new CountryProfileData(
                state,
                region(state.regionCode()),
                years,
                asOf.or(() -> dataAsOf(codes, years, values)).orElse(generatedAt),
                generatedAt,
                values.observations(),
                policy(state.code(), years, asOf),
                submissions(state.code(), asOf),
                labels(),
                source,
                language);
    }

    // ---- reference -------------------------------------------------------------------------

    /**
     * The regions of the grouping that have participating States, by code, each with its stable
     * colour: the regions a trend report may select, and its default selection.
     */
    public Map<String, Region> regions() {
        Map<String, String> names = new LinkedHashMap<>();
        query(
                "select r.code, "
                        + REGION_NAME
                        + " from region r"
                        + REGION_LABELS
                        + " where r.grouping_code = ? and exists ("
                        + " select 1 from region_member m join country c on c.iso3 = m.country_iso3"
                        + " where m.grouping_code = r.grouping_code and m.region_code = r.code"
                        + " and c.osce_status = 'participating') order by r.code",
                List.of(language, grouping),
                rs -> names.put(text(rs, 1), text(rs, 2)));
        return Region.withStableColours(names);
    }

    /** The participating States of the given regions, by name. */
    public List<ReportingState> states(Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(grouping);
        params.add(language);
        params.addAll(regionCodes);
        List<ReportingState> states = new ArrayList<>();
        query(
                "select c.iso3, "
                        + COUNTRY_NAME
                        + ", m.region_code from country c join region_member m"
                        + " on m.country_iso3 = c.iso3 and m.grouping_code = ?"
                        + COUNTRY_LABELS
                        + " where c.osce_status = 'participating' and m.region_code in "
                        + placeholders(regionCodes.size())
                        + " order by 2, c.iso3",
                params,
                rs -> states.add(state(rs)));
        return states;
    }

    /** Any country of the reference data (participating or partner) with its region. */
    public Optional<ReportingState> state(CountryCode country) {
        List<ReportingState> found = new ArrayList<>();
        query(
                "select c.iso3, "
                        + COUNTRY_NAME
                        + ", m.region_code from country c join region_member m"
                        + " on m.country_iso3 = c.iso3 and m.grouping_code = ?"
                        + COUNTRY_LABELS
                        + " where c.iso3 = ?",
                List.of(grouping, language, country.iso3()),
                rs -> found.add(state(rs)));
        return found.stream().findFirst();
    }

    /** The region of a State, with its colour; a region without participating States keeps one. */
    public Region region(String code) {
        Map<String, Region> withParticipants = regions();
        if (withParticipants.containsKey(code)) {
            return withParticipants.get(code);
        }
        Map<String, String> all = new LinkedHashMap<>();
        query(
                "select r.code, "
                        + REGION_NAME
                        + " from region r"
                        + REGION_LABELS
                        + " where r.grouping_code = ? order by r.code",
                List.of(language, grouping),
                rs -> all.put(text(rs, 1), text(rs, 2)));
        Region region = Region.withStableColours(all).get(code);
        if (region == null) {
            throw new IllegalArgumentException("no region " + code + " in " + grouping);
        }
        return region;
    }

    /**
     * Labels of the codes a report prints (indicators, breakdowns, forms, building blocks), and
     * each list's order ({@code sort_order}), in which its codes are printed.
     */
    public CodeLabels labels() {
        Map<String, Map<String, String>> byList = new LinkedHashMap<>();
        Map<String, String> shorts = new LinkedHashMap<>();
        List<Object> params = new ArrayList<>(List.of(language));
        params.addAll(LABELLED_LISTS);
        query(
                "select c.code_list_id, c.code, coalesce(l.label, e.label, c.label),"
                        + " case when l.label is not null then l.short_label else e.short_label end"
                        + " from code c"
                        + " left join code_label l on l.code_list_id = c.code_list_id"
                        + " and l.code = c.code and l.lang = ?"
                        + " left join code_label e on e.code_list_id = c.code_list_id"
                        + " and e.code = c.code and e.lang = 'en'"
                        + " where c.code_list_id in "
                        + placeholders(LABELLED_LISTS.size())
                        + " order by c.code_list_id, c.sort_order",
                params,
                rs -> {
                    byList.computeIfAbsent(text(rs, 1), l -> new LinkedHashMap<>())
                            .put(text(rs, 2), text(rs, 3));
                    String shortLabel = text(rs, 4);
                    if (shortLabel != null) {
                        shorts.put(CodeLabels.qualified(text(rs, 1), text(rs, 2)), shortLabel);
                    }
                });
        Map<String, String> labels = new LinkedHashMap<>();
        for (String list : LABELLED_LISTS) {
            labels.putAll(byList.getOrDefault(list, Map.of()));
        }
        // and each list's own, for codes that two lists share (OTH, UNK)
        byList.forEach(
                (list, codes) ->
                        codes.forEach(
                                (code, label) ->
                                        labels.put(CodeLabels.qualified(list, code), label)));
        Map<String, List<String>> orders = new LinkedHashMap<>();
        byList.forEach((list, codes) -> orders.put(list, List.copyOf(codes.keySet())));
        return new CodeLabels(labels, orders, shorts);
    }

    // ---- statistics ------------------------------------------------------------------------

    /**
     * The observations of the given States in the year range, in force now or at {@code asOf}:
     * totals of every indicator and {@code VICT} by one dimension, {@code CITIZEN} folded into
     * {@code NAT}/{@code FOR}/{@code STLS}/{@code UNK}.
     */
    public List<Observation> observations(
            Collection<CountryCode> states, TrendReportData.Filters years, Optional<Instant> asOf) {
        return stateValues(states, years, asOf).observations();
    }

    /**
     * The observations a report reads, and the latest time one of them came in: half of the time
     * the data stand at, taken in the same pass over the table.
     */
    public record StateValues(List<Observation> observations, Optional<Instant> latestArrival) {}

    /** {@link #observations}, with the latest time one of them came in. */
    public StateValues stateValues(
            Collection<CountryCode> states, TrendReportData.Filters years, Optional<Instant> asOf) {
        if (states.isEmpty()) {
            return new StateValues(List.of(), Optional.empty());
        }
        List<Object> params = new ArrayList<>();
        states.forEach(s -> params.add(s.iso3()));
        params.add(years.from());
        params.add(years.to());
        // The rows themselves, folded here rather than grouped by the database: nearly every key
        // has one current row, and sorting 100,000 rows into 43,000 groups of one in PostgreSQL's
        // leader process cost more than the whole rest of the report (docs/benchmarks-reports.md).
        String sql =
                "select o.ref_area, o.indicator, o.sex, o.age, o.citizen, o.expl, o.recruit,"
                        + " o.time_period, o.obs_value, o.obs_status, o.conf_status, o.valid_from"
                        + " from observation o where o.ref_area in "
                        + placeholders(states.size())
                        + " and o.time_period between ? and ?"
                        + valuesRead(asOf, params);
        Map<ValueKey, Folded> byKey = new LinkedHashMap<>();
        Map<String, CountryCode> areas = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        Instant[] latest = {null};
        query(
                sql,
                params,
                rs -> {
                    String area = rs.getString(1);
                    String citizen = rs.getString(5);
                    boolean explicit = CITIZEN_LIST.contains(citizen);
                    String cit = explicit ? citizen : citizen.equals(area) ? "NAT" : "FOR";
                    ValueKey key =
                            new ValueKey(
                                    areas.computeIfAbsent(area, CountryCode::of),
                                    canonical(codes, rs.getString(2)),
                                    canonical(codes, rs.getString(3)),
                                    canonical(codes, rs.getString(4)),
                                    canonical(codes, cit),
                                    canonical(codes, rs.getString(6)),
                                    canonical(codes, rs.getString(7)),
                                    rs.getInt(8),
                                    explicit);
                    long value = rs.getLong(9);
                    Long obsValue = rs.wasNull() ? null : value;
                    byKey.computeIfAbsent(key, k -> new Folded())
                            .add(obsValue, rs.getString(10), rs.getString(11));
                    Instant arrived = rs.getObject(12, OffsetDateTime.class).toInstant();
                    if (latest[0] == null || arrived.isAfter(latest[0])) {
                        latest[0] = arrived;
                    }
                });
        List<Observation> observations = new ArrayList<>(byKey.size());
        for (var entry : byKey.entrySet()) {
            ValueKey key = entry.getKey();
            // a State's explicit NAT (or FOR) beats the one derived from each value's citizenship
            if (!key.explicit()
                    && byKey.containsKey(
                            new ValueKey(
                                    key.area(),
                                    key.indicator(),
                                    key.sex(),
                                    key.age(),
                                    key.cit(),
                                    key.expl(),
                                    key.recruit(),
                                    key.year(),
                                    true))) {
                continue;
            }
            observations.add(entry.getValue().observation(key));
        }
        return new StateValues(observations, Optional.ofNullable(latest[0]));
    }

    private static final Set<String> CITIZEN_LIST = Set.of("_T", "NAT", "FOR", "STLS", "UNK");

    /** One instance per code, so that the keys' strings hash once and compare by identity. */
    private static String canonical(Map<String, String> codes, String code) {
        String known = codes.putIfAbsent(code, code);
        return known == null ? code : known;
    }

    /** What a value of a report is keyed by: a State's figure, folded citizenship, year. */
    private record ValueKey(
            CountryCode area,
            String indicator,
            String sex,
            String age,
            String cit,
            String expl,
            String recruit,
            int year,
            boolean explicit) {}

    /**
     * The rows of one key, summed: usually one row; several where the citizenships of foreign
     * victims fold into {@code FOR}. A suppressed row suppresses the sum, a missing value ({@code
     * M}) leaves it out, and the flags of the rows carry over.
     */
    private static final class Folded {
        int n;
        int nValues;
        long rawSum;
        long freeSum;
        int nFree;
        int nSuppressed;
        int confRank;
        String obs;
        final Set<ObsStatus> flags = EnumSet.noneOf(ObsStatus.class);

        void add(Long value, String obsStatus, String confStatus) {
            n++;
            obs = obsStatus;
            if (value != null) {
                nValues++;
                rawSum += value;
            }
            boolean free = confStatus.equals("F");
            if (free && !obsStatus.equals("M") && value != null) {
                freeSum += value;
                nFree++;
            }
            if (!free) {
                nSuppressed++;
            }
            confRank = Math.max(confRank, rankOf(confStatus));
            switch (obsStatus) {
                case "B" -> flags.add(ObsStatus.B);
                case "E" -> flags.add(ObsStatus.E);
                case "P" -> flags.add(ObsStatus.P);
                default -> {
                    // A and M carry no sign
                }
            }
        }

        Observation observation(ValueKey key) {
            Cell cell;
            if (n == 1) {
                cell =
                        Cell.fromSdmx(
                                nValues == 1 ? rawSum : null,
                                confOfRank(confRank),
                                ObsStatus.valueOf(obs));
            } else if (nSuppressed > 0) {
                cell = Cell.suppressed(ConfStatus.C, nValues == n ? rawSum : null);
            } else if (nFree == 0) {
                cell = Cell.missing();
            } else {
                cell = new Cell(freeSum, ConfStatus.F, EnumSet.copyOf(flags), false, false);
            }
            return new Observation(
                    key.area(),
                    key.indicator(),
                    breakdown(key.sex(), key.age(), key.cit(), key.expl(), key.recruit()),
                    key.year(),
                    cell);
        }
    }

    private static int rankOf(String conf) {
        return switch (conf) {
            case "C" -> 3;
            case "N" -> 2;
            case "A" -> 1;
            default -> 0;
        };
    }

    private static Breakdown breakdown(
            String sex, String age, String citizen, String expl, String recruit) {
        if (!sex.equals(Breakdown.ALL)) {
            return Breakdown.sex(sex);
        }
        if (!age.equals(Breakdown.ALL)) {
            return Breakdown.age(age);
        }
        if (!citizen.equals(Breakdown.ALL)) {
            return Breakdown.citizen(citizen);
        }
        if (!expl.equals(Breakdown.ALL)) {
            return Breakdown.expl(expl);
        }
        return Breakdown.recruit(recruit);
    }

    private static ConfStatus confOfRank(int rank) {
        return switch (rank) {
            case 3 -> ConfStatus.C;
            case 2 -> ConfStatus.N;
            case 1 -> ConfStatus.A;
            default -> ConfStatus.F;
        };
    }

    /**
     * The last year in which one of the States has a {@code VICT} total in force (now or at asOf):
     * where a report's range ends when none is asked for.
     */
    public OptionalInt latestYear(Collection<CountryCode> states, Optional<Instant> asOf) {
        if (states.isEmpty()) {
            return OptionalInt.empty();
        }
        List<Object> params = new ArrayList<>();
        states.forEach(s -> params.add(s.iso3()));
        List<Integer> found = new ArrayList<>();
        query(
                "select max(o.time_period) from observation o where o.ref_area in "
                        + placeholders(states.size())
                        + " and o.indicator = '"
                        + VICT
                        + "' and o.sex = '_T' and o.age = '_T' and o.citizen = '_T'"
                        + " and o.expl = '_T' and o.recruit = '_T'"
                        + valuesRead(asOf, params),
                params,
                rs -> {
                    int year = rs.getInt(1);
                    if (!rs.wasNull()) {
                        found.add(year);
                    }
                });
        return found.isEmpty() ? OptionalInt.empty() : OptionalInt.of(found.get(0));
    }

    /**
     * The time the data of these States stand at: the latest change to the values a report reads in
     * the year range (a value that came in, or one that was withdrawn or replaced) and to their
     * policy statuses. Empty when they have no data at all.
     */
    public Optional<Instant> dataAsOf(
            Collection<CountryCode> states, TrendReportData.Filters years) {
        return dataAsOf(states, years, stateValues(states, years, Optional.empty()));
    }

    /** {@link #dataAsOf}, where the latest arrival is known from reading the values. */
    private Optional<Instant> dataAsOf(
            Collection<CountryCode> states, TrendReportData.Filters years, StateValues values) {
        return latest(values.latestArrival(), latestClosing(states, years));
    }

    /**
     * The latest time a value in scope stopped being current (withdrawn, or replaced by a newer
     * one), and the latest change to a policy status: with the latest arrival, the data's as-of
     * time. The observation part is a short backward scan of the index on {@code valid_to} (V5).
     */
    public Optional<Instant> latestClosing(
            Collection<CountryCode> states, TrendReportData.Filters years) {
        if (states.isEmpty()) {
            return Optional.empty();
        }
        if (published) {
            return latestRelease(states, years);
        }
        List<Object> params = new ArrayList<>();
        String in = placeholders(states.size());
        String sql =
                "select max(t) from (select max(o.valid_to) as t from observation o"
                        + " where o.valid_to is not null and o.ref_area in "
                        + in
                        + " and o.time_period between ? and ?"
                        + READ_BY_REPORTS
                        + " union all select greatest(max(valid_from), coalesce(max(valid_to),"
                        + " max(valid_from))) as t from policy_status where ref_area in "
                        + in
                        + " and time_period between ? and ?) changes";
        for (int i = 0; i < 2; i++) {
            states.forEach(s -> params.add(s.iso3()));
            params.add(years.from());
            params.add(years.to());
        }
        List<Instant> found = new ArrayList<>();
        query(
                sql,
                params,
                rs -> {
                    OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
                    if (t != null) {
                        found.add(t.toInstant());
                    }
                });
        return found.stream().findFirst();
    }

    /**
     * Published values change only when a publication of the scope is released: its latest release
     * time that has come is the as-of time of a report of published values.
     */
    private Optional<Instant> latestRelease(
            Collection<CountryCode> states, TrendReportData.Filters years) {
        List<Object> params = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        params.add(now);
        params.add(now);
        states.forEach(s -> params.add(s.iso3()));
        params.add(years.from());
        params.add(years.to());
        List<Instant> found = new ArrayList<>();
        query(
                "select max(pub.release_at) from ("
                        + PublicData.PUBLIC_PUBLICATIONS
                        + ") pub join publication p on p.id = pub.id where p.country_iso3 in "
                        + placeholders(states.size())
                        + " and p.time_period between ? and ?",
                params,
                rs -> {
                    OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
                    if (t != null) {
                        found.add(t.toInstant());
                    }
                });
        return found.stream().findFirst();
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        return a.isEmpty() ? b : b.filter(t -> t.isAfter(a.get())).or(() -> a);
    }

    // ---- policy status ---------------------------------------------------------------------

    /**
     * Each State's latest status on each building block up to year {@code to}, in force now or at
     * asOf; items in code-list order.
     */
    public List<PolicyStatus> latestPolicy(
            Collection<CountryCode> states, int to, Optional<Instant> asOf) {
        if (states.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        states.forEach(s -> params.add(s.iso3()));
        params.add(to);
        String sql =
                "select l.ref_area, l.policy_item, l.time_period, l.status from (select"
                        + " p.ref_area, p.policy_item, p.time_period, p.status, row_number() over"
                        + " (partition by p.ref_area, p.policy_item order by p.time_period desc)"
                        + " as latest from policy_status p where p.ref_area in "
                        + placeholders(states.size())
                        + " and p.time_period <= ?"
                        + vintage("p", asOf, params)
                        + ") l left join code c on c.code_list_id = 'POLICY_ITEM'"
                        + " and c.code = l.policy_item where l.latest = 1"
                        + " order by coalesce(c.sort_order, 999999), l.policy_item, l.ref_area";
        List<PolicyStatus> policy = new ArrayList<>();
        query(sql, params, rs -> policy.add(policy(rs)));
        return policy;
    }

    /** A State's statuses year by year in the range, items in code-list order. */
    public List<PolicyStatus> policy(
            CountryCode state, TrendReportData.Filters years, Optional<Instant> asOf) {
        List<Object> params = new ArrayList<>(List.of(state.iso3(), years.from(), years.to()));
        String sql =
                "select p.ref_area, p.policy_item, p.time_period, p.status from policy_status p"
                        + " left join code c on c.code_list_id = 'POLICY_ITEM'"
                        + " and c.code = p.policy_item"
                        + " where p.ref_area = ? and p.time_period between ? and ?"
                        + vintage("p", asOf, params)
                        + " order by coalesce(c.sort_order, 999999), p.policy_item,"
                        + " p.time_period";
        List<PolicyStatus> policy = new ArrayList<>();
        query(sql, params, rs -> policy.add(policy(rs)));
        return policy;
    }

    private static PolicyStatus policy(ResultSet rs) throws SQLException {
        return new PolicyStatus(
                CountryCode.of(text(rs, 1)),
                text(rs, 2),
                rs.getInt(3),
                PolicyStatus.Status.valueOf(text(rs, 4)));
    }

    // ---- submissions -----------------------------------------------------------------------

    /** A State's submissions received up to asOf (all, without it), newest first. */
    public List<SubmissionSummary> submissions(CountryCode state, Optional<Instant> asOf) {
        List<Object> params = new ArrayList<>(List.of(state.iso3()));
        String sql =
                "select id, received_at, channel, status, file_name, observations, error_count,"
                        + " warning_count from submission where country_iso3 = ?"
                        + asOf.map(
                                        t -> {
                                            params.add(OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
                                            return " and received_at <= ?";
                                        })
                                .orElse("")
                        + " order by received_at desc, id";
        List<SubmissionSummary> submissions = new ArrayList<>();
        query(
                sql,
                params,
                rs ->
                        submissions.add(
                                new SubmissionSummary(
                                        text(rs, 1),
                                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                                        text(rs, 3),
                                        text(rs, 4),
                                        text(rs, 5),
                                        (int) rs.getLong(6),
                                        (int) rs.getLong(7),
                                        (int) rs.getLong(8))));
        return submissions;
    }

    // ---- plumbing --------------------------------------------------------------------------

    /**
     * The one place where the set of observations (alias {@code o}) a report reads is filtered,
     * besides States and years: the vintage (current, or in force at asOf) and the rows a report
     * reads at all (totals, and victims by one dimension). A further condition on what may be
     * reported (say, only released values) belongs here, and then holds for the values, the latest
     * year and the data's as-of time alike.
     */
    private String valuesRead(Optional<Instant> asOf, List<Object> params) {
        return vintage("o", asOf, params) + READ_BY_REPORTS;
    }

    /**
     * The vintage condition on table alias {@code t} ({@code o} observations, {@code p} policy
     * status), adding its parameters: current or at asOf, or, asked for published values only,
     * those the publications public now (or at asOf) released.
     */
    private String vintage(String t, Optional<Instant> asOf, List<Object> params) {
        if (published) {
            OffsetDateTime at =
                    OffsetDateTime.ofInstant(asOf.orElseGet(Instant::now), ZoneOffset.UTC);
            params.add(at);
            params.add(at);
            String links =
                    t.equals("o")
                            ? "select l.observation_id from published_observation l"
                            : "select l.policy_status_id from published_policy l";
            return " and "
                    + t
                    + ".id in ("
                    + links
                    + " where l.publication_id in (select pp.id from ("
                    + PublicData.PUBLIC_PUBLICATIONS
                    + ") pp))";
        }
        if (asOf.isEmpty()) {
            return " and " + t + ".valid_to is null";
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(asOf.get(), ZoneOffset.UTC);
        params.add(at);
        params.add(at);
        return " and "
                + t
                + ".valid_from <= ? and ("
                + t
                + ".valid_to is null or "
                + t
                + ".valid_to > ?)";
    }

    /**
     * Runs a query on the executor, on a connection of its own; without an executor at once, on
     * this one.
     */
    private <T> CompletableFuture<T> aside(java.util.function.Function<ReportQueries, T> query) {
        java.util.function.Supplier<T> task =
                () -> {
                    try (ReportQueries own =
                            new ReportQueries(dataSource, grouping, language, published, null)) {
                        return query.apply(own);
                    }
                };
        if (executor == null) {
            return CompletableFuture.completedFuture(query.apply(this));
        }
        return CompletableFuture.supplyAsync(task, executor);
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    static String placeholders(int n) {
        return "("
                + java.util.Collections.nCopies(n, "?").stream().collect(Collectors.joining(", "))
                + ")";
    }

    private static ReportingState state(ResultSet rs) throws SQLException {
        return new ReportingState(CountryCode.of(text(rs, 1)), text(rs, 2), text(rs, 3));
    }

    /** CHAR columns come back blank-padded from some drivers, and UUIDs as objects. */
    private static String text(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : value.toString().strip();
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs one query on this instance's connection. No fetch size: every result here is already
     * aggregated (at most States x years x codes rows), and PostgreSQL never runs a query that is
     * fetched in portions in parallel, so a fetch size would cost a report its parallel scan inside
     * the server's transactions.
     */
    private void query(String sql, List<Object> params, RowReader reader) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new ReportQueryException(e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
        }
        return connection;
    }

    /** Gives the connection back; the next query takes a new one. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new ReportQueryException(e);
        } finally {
            connection = null;
        }
    }

    /** The database could not answer a report query. */
    public static final class ReportQueryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReportQueryException(SQLException cause) {
            super("report query failed: " + cause.getMessage(), cause);
        }
    }
}
