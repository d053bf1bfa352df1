package org.thbhub.web.template;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;
import org.thbhub.audit.AuditAction;
import org.thbhub.audit.AuditLog;
import org.thbhub.audit.AuditOutcome;
import org.thbhub.common.NotFoundException;
import org.thbhub.ingest.format.ReadLimits;
import org.thbhub.ingest.format.XlsxTemplate;
import org.thbhub.reference.CountryCode;
import org.thbhub.reference.ReferenceData;
import org.thbhub.web.security.CurrentCaller;

/** The XLSX template a rapporteur fills in and uploads as is. */
@Path("/templates")
public class TemplateResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB ReferenceData reference;
    @EJB AuditLog audit;
    @Inject CurrentCaller caller;

    @GET
    @Path("/{iso3}.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Role.RAPPORTEUR_NAME, Role.ANALYST_NAME})
    @Operation(summary = "A country's XLSX template, code lists as drop-downs")
    public Response template(@PathParam("iso3") String iso3) {
        Caller who = caller.get();
        if (!CountryCode.isWellFormed(iso3)) {
            throw new NotFoundException("template " + iso3);
        }
        CountryCode country = CountryCode.of(iso3);
        if (!who.maySee(country) || reference.country(country).isEmpty()) {
            throw new NotFoundException("template " + iso3);
        }
        var codes = reference.codeListSnapshot();
        StreamingOutput body =
                out -> new XlsxTemplate(ReadLimits.defaults()).generate(codes, country, out);
        audit.record(
                who.name(),
                AuditAction.TEMPLATE,
                "template " + country,
                AuditOutcome.SUCCESS,
                null);
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"thb-template-" + country.iso3() + ".xlsx\"")
                .build();
    }
}
