package org.thbhub.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The container's own refusals (404 no such path, 405, 406, 415, 400 unparsable parameter) as
 * problem+json. The detail is ours: a framework's message can name internal classes.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context UriInfo uri;
    @jakarta.inject.Inject RefusalAudit audit;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        int code = status.getStatusCode();
        if (code == 401 || code == 403) {
            audit.record(org.thbhub.audit.AuditAction.ACCESS_DENIED, code, detailFor(code));
        } else if ((code == 413 || code == 415) && audit.upload()) {
            audit.record(org.thbhub.audit.AuditAction.SUBMISSION, code, detailFor(code));
        }
        Problem problem = Problem.of(status, detailFor(status.getStatusCode()), Problems.path(uri));
        Response.ResponseBuilder answer = Response.fromResponse(problem.toResponse());
        // Keep what the client needs to retry right: Allow on 405, WWW-Authenticate on 401.
        copyHeader(original, answer, "Allow");
        copyHeader(original, answer, "WWW-Authenticate");
        return answer.build();
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        String value = from.getHeaderString(name);
        if (value != null) {
            to.header(name, value);
        }
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: check its parameters and body.";
            case 401 -> "Authentication is required.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support that method.";
            case 406 -> "This address cannot answer in the media type asked for.";
            case 413 -> "The request body is too large.";
            case 415 -> "This address does not accept that media type.";
            default -> "The request could not be served.";
        };
    }
}
