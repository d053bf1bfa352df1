package org.thbhub.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thbhub.access.Role;
import org.thbhub.audit.AuditAction;
import org.thbhub.audit.AuditEvent;
import org.thbhub.audit.AuditLog;
import org.thbhub.audit.AuditQuery;
import org.thbhub.common.PageRequest;
import org.thbhub.web.PageDto;
import org.thbhub.web.Params;

/** The audit log, newest first, for administrators. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    @Inject AuditLog audit;

    @GET
    @Operation(summary = "Audit events, newest first")
    public PageDto<AuditEventDto> list(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        var query =
                new AuditQuery(
                        Optional.ofNullable(actor).filter(a -> !a.isBlank()),
                        Params.enumValue("action", action, AuditAction.class),
                        Params.instant("from", from),
                        Params.instant("to", to));
        return PageDto.of(audit.find(query, PageRequest.of(page, size)), AuditEventDto::of);
    }

    public record AuditEventDto(
            String id,
            Instant occurredAt,
            String actor,
            String action,
            String target,
            String outcome,
            String detail,
            String node) {
        static AuditEventDto of(AuditEvent e) {
            return new AuditEventDto(
                    e.id().toString(),
                    e.occurredAt(),
                    e.actor(),
                    e.action().name(),
                    e.target(),
                    e.outcome().name(),
                    e.detail(),
                    e.node().orElse(null));
        }
    }
}
