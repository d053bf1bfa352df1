package org.thbhub.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.thbhub.audit.AuditAction;
import org.thbhub.common.InvalidRequestException;
import org.thbhub.common.NotFoundException;

/** The application's typed exceptions as problem+json; every refusal of access is audited. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {}

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context UriInfo uri;
        @Inject RefusalAudit audit;

        @Override
        public Response toResponse(NotFoundException e) {
            // the same 404 for another country's object and for none at all, audited alike
            audit.record(AuditAction.ACCESS_DENIED, 404, e.getMessage());
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage(), Problems.path(uri))
                    .toResponse();
        }
    }

    @Provider
    public static class PayloadTooLarge
            implements ExceptionMapper<org.thbhub.web.submission.PayloadTooLargeException> {
        @Context UriInfo uri;
        @Inject RefusalAudit audit;

        @Override
        public Response toResponse(org.thbhub.web.submission.PayloadTooLargeException e) {
            audit.record(AuditAction.SUBMISSION, 413, e.getMessage());
            return Problem.of(
                            Response.Status.REQUEST_ENTITY_TOO_LARGE,
                            e.getMessage(),
                            Problems.path(uri))
                    .toResponse();
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<org.thbhub.common.ForbiddenException> {
        @Context UriInfo uri;
        @Inject RefusalAudit audit;

        @Override
        public Response toResponse(org.thbhub.common.ForbiddenException e) {
            audit.record(AuditAction.ACCESS_DENIED, 403, e.getMessage());
            return Problem.of(Response.Status.FORBIDDEN, e.getMessage(), Problems.path(uri))
                    .toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<org.thbhub.common.ConflictException> {
        @Context UriInfo uri;

        @Override
        public Response toResponse(org.thbhub.common.ConflictException e) {
            return Problem.of(Response.Status.CONFLICT, e.getMessage(), Problems.path(uri))
                    .toResponse();
        }
    }

    @Provider
    public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {
        @Context UriInfo uri;

        @Override
        public Response toResponse(InvalidRequestException e) {
            return Problem.of(Response.Status.BAD_REQUEST, e.getMessage(), Problems.path(uri))
                    .withErrors(List.of(new Problem.ParameterError(e.parameter(), e.getMessage())))
                    .toResponse();
        }
    }

    static final Response.StatusType UNPROCESSABLE =
            new Response.StatusType() {
                @Override
                public int getStatusCode() {
                    return 422;
                }

                @Override
                public Response.Status.Family getFamily() {
                    return Response.Status.Family.CLIENT_ERROR;
                }

                @Override
                public String getReasonPhrase() {
                    return "Unprocessable Content";
                }
            };

    /** A user request with fields that cannot be: 422, every field named (design.md 7a). */
    @Provider
    public static class InvalidUser
            implements ExceptionMapper<org.thbhub.identity.InvalidUserException> {
        @Context UriInfo uri;

        @Override
        public Response toResponse(org.thbhub.identity.InvalidUserException e) {
            return Problem.of(UNPROCESSABLE, e.getMessage(), Problems.path(uri))
                    .withErrors(
                            e.problems().stream()
                                    .map(p -> new Problem.ParameterError(p.field(), p.message()))
                                    .toList())
                    .toResponse();
        }
    }
}
