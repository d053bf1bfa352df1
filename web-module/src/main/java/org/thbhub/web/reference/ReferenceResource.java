package org.thbhub.web.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.thbhub.reference.CodeList;
import org.thbhub.reference.Country;
import org.thbhub.reference.Languages;
import org.thbhub.reference.ReferenceData;
import org.thbhub.web.JsonbResolver;

/**
 * Reference data: open to anyone, so that a rapporteur can prepare a file before logging in. Names
 * and labels come in the language of {@code lang}, else of {@code Accept-Language}, else English (a
 * language without labels is answered in English); the answer says which in {@code
 * Content-Language}. The shape is the same in every language.
 */
// one instance: a request-scoped resource is built, injected and validated on every request (issue
// 15)
@ApplicationScoped
@Path("/reference")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReferenceResource {

    @Inject ReferenceData reference;
    @Inject ReferenceCache cache;
    @Inject JsonbResolver json;

    @GET
    @Path("/countries")
    @Operation(summary = "The 57 participating States and 11 Partners, with their M49 region")
    public Response countries(
            @Parameter(description = "language of the names: en (default), ru") @QueryParam("lang")
                    String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = language(lang, acceptLanguage);
        return inLanguage(
                language,
                cache.get(
                        "countries " + language,
                        () ->
                                body(
                                        reference.countries(language).stream()
                                                .map(CountryDto::of)
                                                .toList())));
    }

    @GET
    @Path("/codelists")
    @Operation(summary = "Every code list of THB_STAT and THB_POLICY, with labels")
    public Response codeLists(
            @Parameter(description = "language of the labels: en (default), ru") @QueryParam("lang")
                    String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = language(lang, acceptLanguage);
        return inLanguage(
                language,
                cache.get(
                        "codelists " + language,
                        () ->
                                body(
                                        reference.codeLists(language).stream()
                                                .map(CodeListDto::of)
                                                .toList())));
    }

    /** {@link ReferenceData#language}, among the languages known a minute ago at most. */
    private String language(String lang, String acceptLanguage) {
        List<String> known = cache.get("languages", reference::languages);
        return Languages.choose(lang, acceptLanguage, known);
    }

    /**
     * The JSON of a list, written once by the API's own JSON-B instance, so the cached bytes are
     * exactly what the JSON-B provider would write for the list.
     */
    private byte[] body(List<?> list) {
        return json.getContext(List.class).toJson(list).getBytes(StandardCharsets.UTF_8);
    }

    /** The body, with the language it is in; caches keep one copy per Accept-Language. */
    private static Response inLanguage(String language, byte[] body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    /** {@code region} is the UN M49 sub-region's name; {@code regionM49} its code. */
    public record CountryDto(
            String iso3,
            String iso2,
            String m49,
            String name,
            String osceStatus,
            String region,
            String regionM49) {
        static CountryDto of(Country c) {
            return new CountryDto(
                    c.iso3().iso3(),
                    c.iso2(),
                    c.m49(),
                    c.name(),
                    c.osceStatus().code(),
                    c.region().name(),
                    c.region().code());
        }
    }

    public record CodeListDto(String id, String name, List<CodeDto> codes) {
        static CodeListDto of(CodeList list) {
            return new CodeListDto(
                    list.id(),
                    list.name(),
                    list.codes().stream().map(c -> new CodeDto(c.code(), c.label())).toList());
        }
    }

    public record CodeDto(String code, String label) {}
}
