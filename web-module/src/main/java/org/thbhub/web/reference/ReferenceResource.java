package org.thbhub.web.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thbhub.reference.CodeList;
import org.thbhub.reference.Country;
import org.thbhub.reference.ReferenceData;

/** Reference data: open to anyone, so that a rapporteur can prepare a file before logging in. */
@Path("/reference")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReferenceResource {

    @Inject ReferenceData reference;

    @GET
    @Path("/countries")
    @Operation(summary = "The 57 participating States and 11 Partners, with their M49 region")
    public List<CountryDto> countries() {
        return reference.countries().stream().map(CountryDto::of).toList();
    }

    @GET
    @Path("/codelists")
    @Operation(summary = "Every code list of THB_STAT and THB_POLICY, with English labels")
    public List<CodeListDto> codeLists() {
        return reference.codeLists().stream().map(CodeListDto::of).toList();
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
