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

/**
 * Anything nobody planned for: logged in full with an incident id, answered as a 500 that carries
 * only that id. An EJB wraps a runtime exception in EJBException; the cause, if it is one of ours,
 * gets its own mapper.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context UriInfo uri;
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
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + Problems.path(uri), exception);
        return Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side. Incident " + incident + ".",
                        Problems.path(uri))
                .toResponse();
    }
}
