package org.thbhub.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;
import org.thbhub.audit.AuditAction;
import org.thbhub.audit.AuditLog;
import org.thbhub.audit.AuditOutcome;
import org.thbhub.web.problem.Problem;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Every resource method is closed unless it says otherwise: {@code @PermitAll} opens it to anyone,
 * {@code @RolesAllowed} to the roles named. Anonymous callers get 401, callers without the role
 * 403, both as problem+json and both audited. Bad credentials reach here as an anonymous request
 * that carries an Authorization header: a failed login.
 *
 * <p>HTTP Basic credentials are checked here against the application's security domain, not by
 * {@code HttpServletRequest.login}: a programmatic servlet login caches the identity in a new HTTP
 * session, which the API (stateless, no cookie) had to create and invalidate on every request. The
 * domain's realms (the demo realm behind a caching realm, see thb-hub.cli) still decide.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"THB Hub\"";

    /**
     * The pages mark their requests with this header. Their 401 carries no Basic challenge, so the
     * browser never shows its own login dialog; scripts, which do not send it, are challenged as
     * before.
     */
    public static final String PAGE_MARKER = "X-Requested-With";

    @Context ResourceInfo resource;
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
        Optional<Caller> caller;
        if (credentials.isPresent()) {
            Optional<SecurityIdentity> identity = login(credentials.get());
            if (identity.isEmpty()) {
                audit.record(
                        credentials.get().user(),
                        AuditAction.LOGIN_FAILED,
                        target,
                        AuditOutcome.FAILURE,
                        "user name or password refused");
                request.abortWith(unauthorized(request, "The user name or password is wrong."));
                return;
            }
            caller = Optional.of(callers.of(identity.get()));
            request.setSecurityContext(
                    new CallerSecurityContext(caller.get(), request.getSecurityContext()));
        } else {
            caller = callers.resolve(request.getSecurityContext());
        }
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

    /** The identity, or empty when the user name or password is refused. */
    private static Optional<SecurityIdentity> login(BasicCredentials credentials) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("the deployment has no security domain");
        }
        PasswordGuessEvidence evidence =
                new PasswordGuessEvidence(credentials.password().toCharArray());
        try {
            return Optional.of(domain.authenticate(credentials.user(), evidence));
        } catch (SecurityException refused) {
            return Optional.empty();
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("the security realm is unavailable", e);
        } finally {
            evidence.destroy();
        }
    }

    private static Response unauthorized(ContainerRequestContext request, String detail) {
        var response =
                Response.fromResponse(
                        Problem.of(
                                        Response.Status.UNAUTHORIZED,
                                        detail,
                                        request.getUriInfo().getRequestUri().getPath())
                                .toResponse());
        if (!fromPage(request)) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return response.build();
    }

    /** Whether a request comes from the pages (see {@link #PAGE_MARKER}). */
    public static boolean fromPage(ContainerRequestContext request) {
        String marker = request.getHeaderString(PAGE_MARKER);
        return marker != null && !marker.isBlank();
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

    /** What JAX-RS reports about a caller this filter authenticated. */
    private record CallerSecurityContext(Caller caller, SecurityContext container)
            implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return caller::name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.roles().stream().map(Role::realmName).anyMatch(role::equals);
        }

        @Override
        public boolean isSecure() {
            return container.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }
}
