package org.thbhub.web.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.thbhub.access.Role;
import org.thbhub.common.NotFoundException;
import org.thbhub.reference.CountryCode;
import org.thbhub.reference.ReferenceData;
import org.thbhub.report.PreparedReport;
import org.thbhub.report.ProfileRequest;
import org.thbhub.report.ReportFormat;
import org.thbhub.report.ReportService;
import org.thbhub.report.TrendRequest;
import org.thbhub.web.Params;
import org.thbhub.web.security.CurrentCaller;

/**
 * Trend reports and country profiles as documents. Everything that can refuse a request (role,
 * scope, parameters, an unknown country) is decided before the answer starts; the document is then
 * rendered straight into the response (docs/adr/0006: synchronous, measured).
 */
@Path("/reports")
public class ReportResource {

    @EJB ReportService reports;
    @EJB ReferenceData reference;
    @Inject CurrentCaller caller;

    @GET
    @Path("/trends")
    @RolesAllowed(Role.ANALYST_NAME)
    @Produces({
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text/csv",
        "text/html",
        "application/problem+json"
    })
    @Operation(summary = "Cross-regional trend report over the regions and years asked for")
    public Response trends(
            @Parameter(description = "first year; default: ten years before to") @QueryParam("from")
                    String from,
            @Parameter(description = "last year; default: the last year with data")
                    @QueryParam("to")
                    String to,
            @Parameter(description = "M49 sub-region codes, repeated; default: all")
                    @QueryParam("regions")
                    List<String> regions,
            @Parameter(description = "the data as they stood at this date-time (vintages)")
                    @QueryParam("asOf")
                    String asOf,
            @Parameter(description = "pdf (default), xlsx, csv or html") @QueryParam("format")
                    String format,
            @Parameter(description = PUBLISHED) @QueryParam("published") String published,
            @Parameter(description = LANG) @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return document(
                trendReport(
                        from,
                        to,
                        regions,
                        asOf,
                        format,
                        reference.language(lang, acceptLanguage),
                        published(published)));
    }

    static final String PUBLISHED =
            "true: only published values, each as it was released; false (default): every value";

    /** {@code published=true|false}; anything else is a 400 naming the parameter. */
    static boolean published(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new org.thbhub.common.InvalidRequestException(
                "published", "published must be true or false, not " + value);
    }

    static final String LANG =
            "en (default) or ru; without it the request's Accept-Language, else English";

    PreparedReport trendReport(
            String from, String to, List<String> regions, String asOf, String format) {
        return trendReport(from, to, regions, asOf, format, "en");
    }

    PreparedReport trendReport(
            String from,
            String to,
            List<String> regions,
            String asOf,
            String format,
            String language) {
        return trendReport(from, to, regions, asOf, format, language, false);
    }

    PreparedReport trendReport(
            String from,
            String to,
            List<String> regions,
            String asOf,
            String format,
            String language,
            boolean published) {
        TrendRequest request =
                new TrendRequest(
                        ReportParams.year("from", from),
                        ReportParams.year("to", to),
                        ReportParams.regions(regions),
                        Params.instant("asOf", asOf),
                        ReportParams.format(format),
                        language,
                        published);
        return reports.trend(caller.get(), request);
    }

    @GET
    @Path("/countries/{iso3}")
    @RolesAllowed({Role.ANALYST_NAME, Role.RAPPORTEUR_NAME, Role.GOVERNMENT_NAME})
    @Produces({
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text/csv",
        "text/html",
        "application/problem+json"
    })
    @Operation(summary = "A country's profile; rapporteurs and government readers: their own")
    public Response country(
            @PathParam("iso3") String iso3,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Parameter(description = "pdf (default), xlsx, csv or html") @QueryParam("format")
                    String format,
            @Parameter(description = PUBLISHED) @QueryParam("published") String published,
            @Parameter(description = LANG) @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return document(
                countryReport(
                        iso3,
                        from,
                        to,
                        format,
                        reference.language(lang, acceptLanguage),
                        published(published)));
    }

    PreparedReport countryReport(String iso3, String from, String to, String format) {
        return countryReport(iso3, from, to, format, "en");
    }

    PreparedReport countryReport(
            String iso3, String from, String to, String format, String language) {
        return countryReport(iso3, from, to, format, language, false);
    }

    PreparedReport countryReport(
            String iso3,
            String from,
            String to,
            String format,
            String language,
            boolean published) {
        if (!CountryCode.isWellFormed(iso3)) {
            throw new NotFoundException("country " + iso3);
        }
        ProfileRequest request =
                new ProfileRequest(
                        CountryCode.of(iso3),
                        ReportParams.year("from", from),
                        ReportParams.year("to", to),
                        ReportParams.format(format),
                        language,
                        published);
        return reports.countryProfile(caller.get(), request);
    }

    private static Response document(PreparedReport report) {
        StreamingOutput body = report::writeTo;
        return Response.ok(body, report.format().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(report))
                .header(HttpHeaders.CONTENT_LANGUAGE, report.language())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    /** PDF and HTML open in the browser, spreadsheets and CSV are saved; both carry the name. */
    static String contentDisposition(PreparedReport report) {
        String disposition =
                report.format() == ReportFormat.PDF || report.format() == ReportFormat.HTML
                        ? "inline"
                        : "attachment";
        return disposition + "; filename=\"" + report.fileName() + "\"";
    }
}
