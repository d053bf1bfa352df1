package org.thbhub.web.observation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;
import org.thbhub.common.InvalidRequestException;
import org.thbhub.common.PageRequest;
import org.thbhub.common.csv.SafeCsvWriter;
import org.thbhub.observation.ObservationFilter;
import org.thbhub.observation.ObservationView;
import org.thbhub.observation.Observations;
import org.thbhub.observation.PolicyView;
import org.thbhub.reference.CountryCode;
import org.thbhub.web.PageDto;
import org.thbhub.web.Params;
import org.thbhub.web.security.CurrentCaller;

/** Stored values and policy status, scoped to what the caller may see. */
// one instance: a request-scoped resource is built, injected and validated on every request (issue
// 15)
@ApplicationScoped
@Path("/")
@RolesAllowed({Role.RAPPORTEUR_NAME, Role.GOVERNMENT_NAME, Role.ANALYST_NAME, Role.ADMIN_NAME})
public class ObservationResource {

    static final String CSV_HEADER =
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,SEX,AGE,CITIZEN,EXPL,RECRUIT,"
                    + "TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,COMMENT";

    @Inject Observations observations;
    @Inject ObservationPages pages;
    @Inject CurrentCaller caller;

    @GET
    @Path("observations")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Current values (or as of a date-time), in pages")
    @APIResponse(
            responseCode = "200",
            description = "A page of values: {items, page, size, total}",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ObservationPage.class)))
    @Parameters({
        @Parameter(
                name = "country",
                in = ParameterIn.QUERY,
                schema = @Schema(implementation = String[].class)),
        @Parameter(
                name = "indicator",
                in = ParameterIn.QUERY,
                schema = @Schema(implementation = String[].class)),
        @Parameter(
                name = "sex",
                in = ParameterIn.QUERY,
                schema = @Schema(implementation = String[].class)),
        @Parameter(
                name = "age",
                in = ParameterIn.QUERY,
                schema = @Schema(implementation = String[].class)),
        @Parameter(
                name = "citizen",
                in = ParameterIn.QUERY,
                schema = @Schema(implementation = String[].class)),
        @Parameter(
                name = "expl",
                in = ParameterIn.QUERY,
                schema = @Schema(implementation = String[].class)),
        @Parameter(
                name = "recruit",
                in = ParameterIn.QUERY,
                schema = @Schema(implementation = String[].class)),
        @Parameter(
                name = "from",
                in = ParameterIn.QUERY,
                description = "first year",
                schema = @Schema(implementation = Integer.class)),
        @Parameter(
                name = "to",
                in = ParameterIn.QUERY,
                description = "last year",
                schema = @Schema(implementation = Integer.class)),
        @Parameter(
                name = "asOf",
                in = ParameterIn.QUERY,
                description = "ISO-8601 date-time: the values current then",
                schema = @Schema(implementation = String.class)),
        @Parameter(
                name = "page",
                in = ParameterIn.QUERY,
                description = "JSON only, from 0",
                schema = @Schema(implementation = Integer.class)),
        @Parameter(
                name = "size",
                in = ParameterIn.QUERY,
                description = "JSON only, 1 to 500, default 50",
                schema = @Schema(implementation = Integer.class))
    })
    public Response json(@Context HttpServletRequest request) {
        var filter = ObservationParams.filter(request);
        var page = ObservationParams.page(request);
        // the bytes of a page read earlier while the data is unchanged (issue 15)
        byte[] body = pages.json(caller.get(), filter, page);
        // its length known, the body goes out in one piece instead of chunks (issue 15)
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_LENGTH, body.length)
                .build();
    }

    /** What {@link #json} answers, for the OpenAPI document: PageDto of ObservationView. */
    record ObservationPage(List<ObservationView> items, int page, int size, long total) {}

    @GET
    @Path("observations")
    // JSON stays the default for clients that accept anything; CSV when asked for
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "Every matching value as SDMX-CSV 2.0, streamed")
    public Response csv(@Context HttpServletRequest request) {
        var filter = ObservationParams.filter(request);
        Caller who = caller.get();
        StreamingOutput body =
                out -> {
                    var text =
                            new BufferedWriter(
                                    new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    text.write(CSV_HEADER);
                    text.write("\r\n");
                    SafeCsvWriter writer = new SafeCsvWriter(text);
                    observations.forEach(who, filter, v -> writeRow(writer, v));
                    writer.flush();
                    text.flush();
                };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"observations.csv\"")
                .build();
    }

    @GET
    @Path("policy-status")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Building blocks by country and year")
    public PageDto<PolicyView> policy(
            @QueryParam("country") List<String> country,
            @QueryParam("item") List<String> item,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("asOf") String asOf,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return PageDto.of(
                observations.policy(
                        caller.get(),
                        countries(country),
                        codes(item),
                        year("from", from),
                        year("to", to),
                        Params.instant("asOf", asOf),
                        PageRequest.of(page, size)),
                v -> v);
    }

    /** Codes and numbers as they are; the comment is free text, neutralised. */
    private static void writeRow(SafeCsvWriter w, ObservationView v) {
        try {
            w.record(
                    "dataflow",
                    "THB:THB_STAT(1.0)",
                    "I",
                    v.country(),
                    v.indicator(),
                    v.sex(),
                    v.age(),
                    v.citizen(),
                    v.expl(),
                    v.recruit(),
                    v.year(),
                    v.value(),
                    v.obsStatus(),
                    v.confStatus(),
                    SafeCsvWriter.text(v.comment()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObservationFilter filter(
            List<String> country,
            List<String> indicator,
            List<String> sex,
            List<String> age,
            List<String> citizen,
            List<String> expl,
            List<String> recruit,
            String from,
            String to,
            String asOf) {
        return new ObservationFilter(
                countries(country),
                codes(indicator),
                codes(sex),
                codes(age),
                codes(citizen),
                codes(expl),
                codes(recruit),
                year("from", from),
                year("to", to),
                Params.instant("asOf", asOf));
    }

    private static List<CountryCode> countries(List<String> values) {
        return codes(values).stream().map(v -> Params.country("country", v).orElseThrow()).toList();
    }

    private static List<String> codes(List<String> values) {
        return values == null || values.isEmpty() // most filters are absent: no stream for them
                ? List.of()
                : values.stream().filter(v -> !v.isBlank()).map(String::strip).toList();
    }

    private static Optional<Integer> year(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    name, name + " must be a year such as 2019, not " + value);
        }
    }
}
