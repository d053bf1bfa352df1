package org.thbhub.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.time.Duration;
import java.util.Optional;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;
import org.thbhub.audit.AuditAction;
import org.thbhub.audit.AuditLog;
import org.thbhub.audit.AuditOutcome;
import org.thbhub.identity.AuthMode;
import org.thbhub.identity.CredentialCache;
import org.thbhub.identity.UserDirectory;
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
 * domain's realm (the demo realm, see thb-hub.cli) still decides; a credential it accepted is
 * remembered for at most a minute ({@link CredentialCache}, keyed by an HMAC, never the password),
 * so a changed password or role takes effect within a minute.
 *
 * <p>Under {@code THB_AUTH=jdbc} the credentials are checked against the users table instead, and
 * under {@code oidc} only bearer tokens count (ADR 0013); the demo realm is never asked then.
 * Failed logins are throttled in every mode (429 with Retry-After).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"THB Hub\"";

    /** Under oidc (RFC 6750): a token is what is missing or wrong. */
    static final String BEARER_CHALLENGE = "Bearer realm=\"THB Hub\"";

    private static final String BEARER = "Bearer ";

    /**
     * The pages mark their requests with this header. Their 401 carries no Basic challenge, so the
     * browser never shows its own login dialog; scripts, which do not send it, are challenged as
     * before.
     */
    public static final String PAGE_MARKER = "X-Requested-With";

    @Context ResourceInfo resource;
    @Context HttpServletRequest servletRequest;
    @Inject CallerResolver callers;
    @Inject CurrentCaller current;
    @Inject AuditLog audit;
    @Inject Identity identity;
    @Inject LoginThrottle throttle;
    @Inject UserDirectory users;
    @Inject CredentialCache verified;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // no resource matched: the 404/405 mapper answers
        }
        AuthMode mode = identity.mode();
        if (resource.getResourceClass().isAnnotationPresent(OnlyUnderJdbc.class)
                && mode != AuthMode.JDBC) {
            request.abortWith(
                    Problem.of(
                                    Response.Status.NOT_FOUND,
                                    "There is no such resource.",
                                    request.getUriInfo().getRequestUri().getPath())
                            .toResponse());
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<Caller> caller;
        if (header != null && !header.isBlank()) {
            caller = mode == AuthMode.OIDC ? bearer(request, header) : basic(request, header, mode);
            if (caller.isEmpty()) {
                return; // refused, answered and audited
            }
            request.setSecurityContext(
                    new CallerSecurityContext(caller.get(), request.getSecurityContext(), mode));
        } else {
            // only the demo realm may come through the container's own mechanism: under jdbc and
            // oidc nothing but this filter's own check makes a caller
            caller =
                    mode == AuthMode.DEMO
                            ? callers.resolve(request.getSecurityContext())
                            : Optional.empty();
        }
        caller.ifPresent(current::set);
        if (isAnnotated(method, PermitAll.class)) {
            return;
        }
        if (caller.isEmpty()) {
            audit.record(
                    "anonymous",
                    AuditAction.ACCESS_DENIED,
                    target(request),
                    AuditOutcome.DENIED,
                    "401 no credentials");
            request.abortWith(
                    unauthorized(
                            request,
                            mode,
                            "Authentication is required: log in with your THB Hub account."));
            return;
        }
        String[] allowed = rolesAllowed(method);
        if (!inAnyRole(request.getSecurityContext(), allowed)) {
            audit.record(
                    caller.get().name(),
                    AuditAction.ACCESS_DENIED,
                    target(request),
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

    /** HTTP Basic under demo (the Elytron demo realm) and jdbc (the users table), throttled. */
    private Optional<Caller> basic(ContainerRequestContext request, String header, AuthMode mode) {
        Optional<BasicCredentials> parsed = BasicCredentials.parse(header);
        if (parsed.isEmpty()) {
            refuse(
                    request,
                    mode,
                    "anonymous",
                    "an Authorization header that is not Basic",
                    "Log in with a user name and password (HTTP Basic).",
                    Optional.empty());
            return Optional.empty();
        }
        BasicCredentials credentials = parsed.get();
        Optional<String> name = Optional.of(credentials.user());
        if (throttled(request, name, credentials.user())) {
            return Optional.empty();
        }
        // a credential verified within the last minute is not checked again (issue 15): the check
        // (the security domain under demo, the users table and bcrypt under jdbc) was most of what
        // an authenticated request cost beside the do-nothing endpoint
        Optional<Caller> caller = verified.find(credentials.user(), credentials.password());
        if (caller.isPresent()) {
            return caller;
        }
        if (mode == AuthMode.JDBC) {
            caller = users.authenticate(credentials.user(), credentials.password()); // caches it
        } else {
            caller = login(credentials).map(callers::of);
            caller.ifPresent(c -> verified.put(credentials.user(), credentials.password(), c));
        }
        if (caller.isEmpty()) {
            refuse(
                    request,
                    mode,
                    credentials.user(),
                    "user name or password refused",
                    "The user name or password is wrong.",
                    name);
        }
        return caller;
    }

    /** A bearer token under oidc; Basic credentials are no way in there. */
    private Optional<Caller> bearer(ContainerRequestContext request, String header) {
        if (throttled(request, Optional.empty(), "anonymous")) {
            return Optional.empty();
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(
                    request,
                    AuthMode.OIDC,
                    "anonymous",
                    "no bearer token (THB_AUTH=oidc)",
                    "Send a bearer token of the identity provider.",
                    Optional.empty());
            return Optional.empty();
        }
        TokenVerifier.Outcome outcome;
        try {
            outcome = identity.tokens().verify(header.substring(BEARER.length()).strip());
        } catch (TokenVerifier.ProviderUnavailableException e) {
            request.abortWith(
                    Problem.of(
                                    Response.Status.SERVICE_UNAVAILABLE,
                                    "The identity provider cannot be reached: try again shortly.",
                                    request.getUriInfo().getRequestUri().getPath())
                            .toResponse());
            return Optional.empty();
        }
        if (outcome instanceof TokenVerifier.Valid valid) {
            return Optional.of(valid.caller());
        }
        refuse(
                request,
                AuthMode.OIDC,
                "anonymous",
                ((TokenVerifier.Invalid) outcome).reason(),
                "The bearer token is not valid here.",
                Optional.empty());
        return Optional.empty();
    }

    private boolean throttled(
            ContainerRequestContext request, Optional<String> name, String actor) {
        Optional<Duration> wait = throttle.retryAfter(name, address());
        if (wait.isEmpty()) {
            return false;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        audit.record(
                actor,
                AuditAction.LOGIN_THROTTLED,
                target(request),
                AuditOutcome.DENIED,
                "too many failed logins within 5 minutes; retry after " + seconds + " s");
        request.abortWith(
                Response.fromResponse(
                                Problem.of(
                                                Response.Status.TOO_MANY_REQUESTS,
                                                "Too many failed logins: try again in "
                                                        + seconds
                                                        + " seconds.",
                                                request.getUriInfo().getRequestUri().getPath())
                                        .toResponse())
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                        .build());
        return true;
    }

    private void refuse(
            ContainerRequestContext request,
            AuthMode mode,
            String actor,
            String why,
            String detail,
            Optional<String> name) {
        throttle.failed(name, address());
        audit.record(actor, AuditAction.LOGIN_FAILED, target(request), AuditOutcome.FAILURE, why);
        request.abortWith(unauthorized(request, mode, detail));
    }

    /** "GET /thb-hub/api/v1/..." for the audit trail: only refusals need it, so it is not kept. */
    private static String target(ContainerRequestContext request) {
        return request.getMethod() + " " + request.getUriInfo().getRequestUri().getPath();
    }

    private String address() {
        return servletRequest == null ? "?" : servletRequest.getRemoteAddr();
    }

    /** The identity, or empty when the demo realm refuses the user name or password. */
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

    private static Response unauthorized(
            ContainerRequestContext request, AuthMode mode, String detail) {
        var response =
                Response.fromResponse(
                        Problem.of(
                                        Response.Status.UNAUTHORIZED,
                                        detail,
                                        request.getUriInfo().getRequestUri().getPath())
                                .toResponse());
        if (!fromPage(request)) {
            response.header(
                    HttpHeaders.WWW_AUTHENTICATE,
                    mode == AuthMode.OIDC ? BEARER_CHALLENGE : CHALLENGE);
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

    // a loop, not a stream: this runs on every request (issue 15)
    private static boolean inAnyRole(SecurityContext context, String[] roles) {
        for (String role : roles) {
            if (context.isUserInRole(role)) {
                return true;
            }
        }
        return false;
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
    private record CallerSecurityContext(Caller caller, SecurityContext container, AuthMode mode)
            implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return caller::name;
        }

        @Override
        public boolean isUserInRole(String role) {
            for (Role held : caller.roles()) {
                if (held.realmName().equals(role)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean isSecure() {
            return container.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return mode == AuthMode.OIDC ? "Bearer" : SecurityContext.BASIC_AUTH;
        }
    }
}
