package org.thbhub.web.release;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thbhub.access.Role;
import org.thbhub.common.InvalidRequestException;
import org.thbhub.common.PageRequest;
import org.thbhub.reference.CountryCode;
import org.thbhub.release.ReleaseQuery;
import org.thbhub.release.ReleaseState;
import org.thbhub.release.ReleaseView;
import org.thbhub.release.Releases;
import org.thbhub.release.ReportingYear;
import org.thbhub.web.PageDto;
import org.thbhub.web.Params;
import org.thbhub.web.security.CurrentCaller;

/** Review and release per country x reporting year (design.md section 12). */
@Path("/releases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.RAPPORTEUR_NAME, Role.GOVERNMENT_NAME, Role.ANALYST_NAME, Role.ADMIN_NAME})
public class ReleaseResource {

    @EJB Releases releases;
    @Inject CurrentCaller caller;

    @GET
    @Operation(summary = "Review and release states by country and year (scoped)")
    public PageDto<ReleaseView> list(
            @QueryParam("country") String country,
            @QueryParam("year") String year,
            @QueryParam("state") String state,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        var query =
                new ReleaseQuery(
                        Params.country("country", country),
                        Optional.ofNullable(year).filter(y -> !y.isBlank()).map(y -> year(y)),
                        Params.enumValue("state", state, ReleaseState.class));
        return PageDto.of(releases.find(caller.get(), query, PageRequest.of(page, size)), v -> v);
    }

    @GET
    @Path("{iso3}/{year}")
    @Operation(summary = "One country x year with its history (scoped)")
    public ReleaseView one(@PathParam("iso3") String iso3, @PathParam("year") String year) {
        return releases.get(caller.get(), country(iso3), year(year));
    }

    @POST
    @Path("{iso3}/{year}/submit")
    @RolesAllowed(Role.RAPPORTEUR_NAME)
    @Operation(summary = "The rapporteur declares the year complete (own country); body {comment}")
    public ReleaseView submit(
            @PathParam("iso3") String iso3, @PathParam("year") String year, String body) {
        return releases.submit(
                caller.get(), country(iso3), year(year), text(body(body), "comment"));
    }

    @POST
    @Path("{iso3}/{year}/approve")
    @RolesAllowed(Role.ANALYST_NAME)
    @Operation(summary = "An analyst approves a submitted year; body {comment} (optional)")
    public ReleaseView approve(
            @PathParam("iso3") String iso3, @PathParam("year") String year, String body) {
        return releases.approve(
                caller.get(), country(iso3), year(year), text(body(body), "comment"));
    }

    @POST
    @Path("{iso3}/{year}/return")
    @RolesAllowed(Role.ANALYST_NAME)
    @Operation(summary = "An analyst returns the year to the rapporteur; body {comment} required")
    public ReleaseView returnToRapporteur(
            @PathParam("iso3") String iso3, @PathParam("year") String year, String body) {
        return releases.returnToRapporteur(
                caller.get(), country(iso3), year(year), text(body(body), "comment").orElse(null));
    }

    @POST
    @Path("{iso3}/{year}/publish")
    @RolesAllowed(Role.ANALYST_NAME)
    @Operation(
            summary =
                    "An analyst publishes an approved year; body {releaseAt} (ISO-8601 UTC, may be"
                            + " in the past), {comment} optional")
    public ReleaseView publish(
            @PathParam("iso3") String iso3, @PathParam("year") String year, String body) {
        JsonObject json = body(body);
        Instant releaseAt =
                text(json, "releaseAt")
                        .flatMap(t -> Params.instant("releaseAt", t))
                        .orElseThrow(
                                () ->
                                        new InvalidRequestException(
                                                "releaseAt",
                                                "publishing needs releaseAt, an ISO-8601 UTC time"
                                                        + " such as 2027-01-15T09:00:00Z"));
        return releases.publish(
                caller.get(), country(iso3), year(year), releaseAt, text(json, "comment"));
    }

    private static CountryCode country(String iso3) {
        return Params.country("iso3", iso3)
                .orElseThrow(() -> new InvalidRequestException("iso3", "a country is needed"));
    }

    private static ReportingYear year(String text) {
        try {
            return ReportingYear.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    "year", "year must be a calendar year such as 2024, not " + text);
        }
    }

    /** The body is optional: none, or a JSON object. */
    private static JsonObject body(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidRequestException(
                    "body", "the body must be a JSON object such as {\"comment\": \"...\"}");
        }
    }

    private static Optional<String> text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString s) {
            return Optional.of(s.getString()).filter(t -> !t.isBlank());
        }
        throw new InvalidRequestException(field, field + " must be a string");
    }
}
