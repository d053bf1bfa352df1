package org.thbhub.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.thbhub.access.Caller;
import org.thbhub.audit.AuditAction;
import org.thbhub.audit.AuditLog;
import org.thbhub.audit.AuditOutcome;
import org.thbhub.web.problem.Problem;

/**
 * Every resource method is closed unless it says otherwise: {@code @PermitAll} opens it to anyone,
 * {@code @RolesAllowed} to the roles named. Anonymous callers get 401, callers without the role
 * 403, both as problem+json and both audited. Bad credentials reach here as an anonymous request
 * that carries an Authorization header: a failed login.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String CHALLENGE = "Basic realm=\"THB Hub\"";

    @Context ResourceInfo resource;
    @Context HttpServletRequest servletRequest;
    @Inject CallerResolver callers;
    @Inject CurrentCaller current;
    @Inject AuditLog audit;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // no resource matched: the 404/405 mapper answers
        }
        String target = request.getMethod() + " " + request.getUriInfo().getRequestUri().getPath();
        Optional<BasicCredentials> credentials =
                BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isPresent() && !login(credentials.get())) {
            audit.record(
                    credentials.get().user(),
                    AuditAction.LOGIN_FAILED,
                    target,
                    AuditOutcome.FAILURE,
                    "user name or password refused");
            request.abortWith(unauthorized(request, "The user name or password is wrong."));
            return;
        }
        Optional<Caller> caller = callers.resolve(request.getSecurityContext());
        caller.ifPresent(current::set);
        if (isAnnotated(method, PermitAll.class)) {
            return;
        }
        if (caller.isEmpty()) {
            audit.record(
                    "anonymous",
                    AuditAction.ACCESS_DENIED,
                    target,
                    AuditOutcome.DENIED,
                    "401 no credentials");
            request.abortWith(
                    unauthorized(
                            request,
                            "Authentication is required: log in with your THB Hub account."));
            return;
        }
        String[] allowed = rolesAllowed(method);
        if (Arrays.stream(allowed)
                .noneMatch(role -> request.getSecurityContext().isUserInRole(role))) {
            audit.record(
                    caller.get().name(),
                    AuditAction.ACCESS_DENIED,
                    target,
                    AuditOutcome.DENIED,
                    "needs one of the roles " + String.join(", ", allowed));
            request.abortWith(
                    Problem.of(
                                    Response.Status.FORBIDDEN,
                                    "Your role does not allow this.",
                                    request.getUriInfo().getRequestUri().getPath())
                            .toResponse());
        }
    }

    /** The API is stateless: the session a programmatic login opens ends with the request. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var session = servletRequest.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private boolean login(BasicCredentials credentials) {
        try {
            servletRequest.login(credentials.user(), credentials.password());
            return true;
        } catch (ServletException refused) {
            return false;
        }
    }

    private static Response unauthorized(ContainerRequestContext request, String detail) {
        return Response.fromResponse(
                        Problem.of(
                                        Response.Status.UNAUTHORIZED,
                                        detail,
                                        request.getUriInfo().getRequestUri().getPath())
                                .toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }

    private boolean isAnnotated(Method method, Class<PermitAll> annotation) {
        return method.isAnnotationPresent(annotation)
                || (!method.isAnnotationPresent(RolesAllowed.class)
                        && resource.getResourceClass().isAnnotationPresent(annotation));
    }

    /** Method annotations win over class annotations; no annotation at all allows nobody. */
    private String[] rolesAllowed(Method method) {
        for (AnnotatedElement element :
                new AnnotatedElement[] {method, resource.getResourceClass()}) {
            RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                return roles.value();
            }
        }
        return new String[0];
    }
}
