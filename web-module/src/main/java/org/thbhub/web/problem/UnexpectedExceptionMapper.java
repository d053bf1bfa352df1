package org.thbhub.web.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thbhub.common.TechnicalFailure;

/**
 * Anything nobody planned for: logged in full with an incident id, answered as a 500 that carries
 * only that id. An EJB wraps a runtime exception in EJBException; the cause, if it is one of ours,
 * gets its own mapper.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    static final int RETRY_AFTER_SECONDS = 30;

    @Context UriInfo uri;
    @jakarta.inject.Inject RefusalAudit audit;
    @Context Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable exception) {
        if (exception instanceof EJBException ejb
                && ejb.getCause() != null
                && !(ejb.getCause() instanceof EJBException)) {
            Throwable cause = ejb.getCause();
            ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
            if (mapper != null && mapper.getClass() != getClass()) {
                return mapper.toResponse(cause);
            }
        }
        if (TechnicalFailure.isTechnical(exception)) {
            if (audit.upload()) {
                audit.record(
                        org.thbhub.audit.AuditAction.SUBMISSION,
                        503,
                        "technical failure, nothing stored: " + rootCause(exception));
            }
            // the database or the disk is away: worth trying again, and no incident to chase
            LOG.warning(
                    () ->
                            "503 on "
                                    + Problems.path(uri)
                                    + ": a technical failure ("
                                    + rootCause(exception)
                                    + ")");
            Response problem =
                    Problem.of(
                                    Response.Status.SERVICE_UNAVAILABLE,
                                    "THB Hub cannot reach its database or disk just now; nothing"
                                            + " was stored. Try again in a minute.",
                                    Problems.path(uri))
                            .toResponse();
            return Response.fromResponse(problem)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + Problems.path(uri), exception);
        return Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side. Incident " + incident + ".",
                        Problems.path(uri))
                .toResponse();
    }

    private static String rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
