package org.thbhub.report;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.thbhub.access.Caller;
import org.thbhub.audit.AuditAction;
import org.thbhub.audit.AuditLog;
import org.thbhub.audit.AuditOutcome;
import org.thbhub.common.InvalidRequestException;
import org.thbhub.common.NotFoundException;
import org.thbhub.reference.CountryCode;
import org.thbhub.report.data.ReportQueries;

/**
 * Trend reports and country profiles for a caller: checks what the caller may see, loads the data
 * ({@link ReportQueries}), audits, and hands back a {@link PreparedReport} whose writing (compose
 * and lay out, no database) can stream to the client. Analysts and administrators get any report;
 * rapporteurs and government readers the profile of their own country, and nothing of another
 * country: that answers 404, as everywhere else.
 */
@Stateless
public class ReportService {

    /** A range not asked for spans this many years, ending in the last year with data. */
    public static final int DEFAULT_YEARS = 10;

    public static final int FIRST_YEAR = 1980;

    @Resource(lookup = "java:jboss/datasources/ThbHubDS")
    private DataSource dataSource;

    @EJB private ReportRendering rendering;

    @EJB private AuditLog audit;

    /** Where a report runs a query beside its main one (the container's default executor). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private Executor executor;

    private Clock clock = Clock.systemUTC();

    public ReportService() {}

    /** Outside a container: for tests and the benchmark. */
    public ReportService(
            DataSource dataSource, ReportRendering rendering, AuditLog audit, Clock clock) {
        this(dataSource, rendering, audit, clock, null);
    }

    /** Outside a container, with an executor for the queries a report runs side by side. */
    public ReportService(
            DataSource dataSource,
            ReportRendering rendering,
            AuditLog audit,
            Clock clock,
            Executor executor) {
        this.executor = executor;
        this.dataSource = dataSource;
        this.rendering = rendering;
        this.audit = audit;
        this.clock = clock;
    }

    /** Loads and checks a trend report; {@link PreparedReport#writeTo} renders it. */
    public PreparedReport trend(Caller caller, TrendRequest request) {
        String target = "trend report";
        if (!caller.seesAllCountries()) {
            audit.record(
                    caller.name(),
                    AuditAction.REPORT,
                    target,
                    AuditOutcome.DENIED,
                    "trend reports are for analysts");
            throw new NotFoundException(target);
        }
        TrendReportData data;
        try (ReportQueries queries = queries(request.language(), request.published())) {
            data = loadTrend(queries, request);
        }
        TrendReportData.Filters years = data.filters();
        String fileName = fileName("thb-trends", years, request.format());
        String detail =
                "%s, %s, years %d-%d, regions %s, %d States, %d values, data as of %s"
                        .formatted(
                                request.format().extension(),
                                data.language(),
                                years.from(),
                                years.to(),
                                data.regions().stream().map(Region::code).toList(),
                                data.states().size(),
                                data.observations().size(),
                                data.asOf());
        audit.record(caller.name(), AuditAction.REPORT, target, AuditOutcome.SUCCESS, detail);
        ReportRenderer renderer = rendering.renderer();
        return new PreparedReport(
                fileName,
                request.format(),
                data.language(),
                out -> write(caller, target, () -> renderer.render(data, request.format(), out)));
    }

    /** The regions, States and years a trend request names, and their data. */
    private TrendReportData loadTrend(ReportQueries queries, TrendRequest request) {
        Map<String, Region> offered = queries.regions();
        List<Region> regions = new ArrayList<>();
        for (String code : new TreeSet<>(request.regions())) {
            Region region = offered.get(code);
            if (region == null) {
                throw new InvalidRequestException(
                        "regions",
                        "regions must be M49 sub-region codes with participating States, one of "
                                + offered.keySet()
                                + ", not "
                                + code);
            }
            regions.add(region);
        }
        if (regions.isEmpty()) {
            regions.addAll(offered.values());
        }
        List<CountryCode> states =
                queries.states(regions.stream().map(Region::code).toList()).stream()
                        .map(ReportingState::code)
                        .toList();
        TrendReportData.Filters years =
                years(
                        request.from(),
                        request.to(),
                        () -> queries.latestYear(states, request.asOf()));
        Instant now = clock.instant();
        if (request.asOf().filter(now::isBefore).isPresent()) {
            throw new InvalidRequestException("asOf", "asOf must not be in the future");
        }
        return queries.trend(
                regions, years, request.asOf(), now, Texts.of(request.language()).get("source"));
    }

    /** Loads and checks a country profile; {@link PreparedReport#writeTo} renders it. */
    public PreparedReport countryProfile(Caller caller, ProfileRequest request) {
        CountryCode country = request.country();
        String target = "country profile " + country;
        if (!caller.maySee(country)) {
            audit.record(
                    caller.name(),
                    AuditAction.REPORT,
                    target,
                    AuditOutcome.DENIED,
                    "outside the caller's country");
            throw new NotFoundException("country " + country);
        }
        CountryProfileData data;
        try (ReportQueries queries = queries(request.language(), request.published())) {
            ReportingState state =
                    queries.state(country)
                            .orElseThrow(() -> new NotFoundException("country " + country));
            TrendReportData.Filters years =
                    years(
                            request.from(),
                            request.to(),
                            () -> queries.latestYear(List.of(country), Optional.empty()));
            data =
                    queries.countryProfile(
                            state,
                            years,
                            Optional.empty(),
                            clock.instant(),
                            Texts.of(request.language()).get("source"));
        }
        TrendReportData.Filters years = data.filters();
        String fileName = fileName("thb-profile-" + country.iso3(), years, request.format());
        audit.record(
                caller.name(),
                AuditAction.REPORT,
                target,
                AuditOutcome.SUCCESS,
                "%s, years %d-%d, %d values, data as of %s"
                        .formatted(
                                request.format().extension(),
                                years.from(),
                                years.to(),
                                data.observations().size(),
                                data.asOf()));
        ReportRenderer renderer = rendering.renderer();
        return new PreparedReport(
                fileName,
                request.format(),
                data.language(),
                out -> write(caller, target, () -> renderer.render(data, request.format(), out)));
    }

    /** The queries of one report, reading names and labels in its language. */
    private ReportQueries queries(String language, boolean published) {
        return new ReportQueries(
                dataSource,
                ReportQueries.M49_SUBREGION,
                Texts.of(language).language(),
                published,
                executor);
    }

    /** "thb-trends-2015-2020.pdf": the stem, the years, the format's extension. */
    private static String fileName(
            String stem, TrendReportData.Filters years, ReportFormat format) {
        return stem + "-" + years.from() + "-" + years.to() + "." + format.extension();
    }

    /** Loads, checks and writes a trend report in one call. */
    public void trend(Caller caller, TrendRequest request, OutputStream out) throws IOException {
        trend(caller, request).writeTo(out);
    }

    /** Loads, checks and writes a country profile in one call. */
    public void countryProfile(Caller caller, ProfileRequest request, OutputStream out)
            throws IOException {
        countryProfile(caller, request).writeTo(out);
    }

    /** A report that was loaded but could not be written is audited as a failure. */
    private void write(Caller caller, String target, Runnable render) {
        try {
            render.run();
        } catch (UncheckedIOException | ReportRenderer.ReportRenderingException e) {
            audit.record(
                    caller.name(),
                    AuditAction.REPORT,
                    target,
                    AuditOutcome.FAILURE,
                    e.getClass().getSimpleName());
            throw e;
        }
    }

    private TrendReportData.Filters years(
            OptionalInt from, OptionalInt to, java.util.function.Supplier<OptionalInt> latest) {
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        check("from", from, thisYear);
        check("to", to, thisYear);
        int end =
                to.orElseGet(
                        () -> {
                            int last = latest.get().orElse(thisYear - 1);
                            return from.isPresent() ? Math.max(last, from.getAsInt()) : last;
                        });
        int start = from.orElse(Math.max(FIRST_YEAR, end - DEFAULT_YEARS + 1));
        if (start > end) {
            throw new InvalidRequestException(
                    "from", "from (" + start + ") must not be after to (" + end + ")");
        }
        return new TrendReportData.Filters(start, end);
    }

    private static void check(String name, OptionalInt year, int thisYear) {
        if (year.isPresent() && (year.getAsInt() < FIRST_YEAR || year.getAsInt() > thisYear)) {
            throw new InvalidRequestException(
                    name,
                    name
                            + " must be a year from "
                            + FIRST_YEAR
                            + " to "
                            + thisYear
                            + ", not "
                            + year.getAsInt());
        }
    }
}
