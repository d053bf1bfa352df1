package org.thbhub.web.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} names the offending parameters when there are any;
 * nothing here ever carries a stack trace or an exception message from a library.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<ParameterError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public record ParameterError(String parameter, String message) {}

    public static Problem of(Response.StatusType status, String detail, String instance) {
        return new Problem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                instance,
                null);
    }

    public Problem withErrors(List<ParameterError> parameterErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(parameterErrors));
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
