package org.thbhub.web.sdmx;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the SDMX API as an SDMX 2.1 error message (application/xml), never a stack
 * trace: 404 with code 100 when nothing matches, 400 with 140 or 150 for a malformed query, 500
 * with an incident id that the log carries in full.
 */
public class SdmxErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(SdmxErrorMapper.class.getName());

    @Context UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        Throwable cause = exception;
        if (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof SdmxException sdmx) {
            return error(sdmx.status(), sdmx.code(), sdmx.getMessage());
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return switch (status) {
                case 404 -> error(404, 100, "There is no SDMX resource at this address.");
                case 405 -> error(405, 140, "The SDMX API is read-only: use GET.");
                case 406 -> error(406, 406, "This address cannot answer in that media type.");
                default -> error(status, 140, "The request could not be served.");
            };
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(
                Level.SEVERE,
                "Incident " + incident + " on " + (uri == null ? "?" : uri.getRequestUri()),
                exception);
        return error(500, 500, "Something went wrong on our side. Incident " + incident + ".");
    }

    static Response error(int status, int code, String message) {
        StreamingOutput body = out -> SdmxXml.error(out, code, message);
        return Response.status(status).type("application/xml; charset=UTF-8").entity(body).build();
    }
}
