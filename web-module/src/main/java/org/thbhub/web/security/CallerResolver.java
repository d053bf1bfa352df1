package org.thbhub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.SecurityContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;
import org.thbhub.reference.CountryCode;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;

/**
 * Turns the authenticated identity into a {@link Caller}: roles, and the country from the
 * identity's {@code country} attribute (a demo or JDBC realm attribute, or the OIDC claim mapped
 * onto it). The rest of the application never sees Elytron.
 */
@ApplicationScoped
public class CallerResolver {

    static final String COUNTRY_ATTRIBUTE = "country";

    /** The caller of an identity the application's security domain has just authenticated. */
    public Caller of(SecurityIdentity identity) {
        return new Caller(
                identity.getPrincipal().getName(),
                roles(identity.getRoles()::contains),
                country(identity.getAttributes()));
    }

    /**
     * The caller the container authenticated (a mechanism other than the application's own HTTP
     * Basic check, e.g. bearer tokens), or empty when the request is anonymous.
     */
    public Optional<Caller> resolve(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            return Optional.empty();
        }
        String name = security.getUserPrincipal().getName();
        return Optional.of(new Caller(name, roles(security::isUserInRole), countryAttribute(name)));
    }

    private static Set<Role> roles(Predicate<String> has) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (has.test(role.realmName())) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static Optional<CountryCode> country(Attributes attributes) {
        String value = attributes.getFirst(COUNTRY_ATTRIBUTE);
        return CountryCode.isWellFormed(value)
                ? Optional.of(CountryCode.of(value))
                : Optional.empty();
    }

    private static Optional<CountryCode> countryAttribute(String name) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            return Optional.empty();
        }
        Attributes attributes = domain.getCurrentSecurityIdentity().getAttributes();
        if (!attributes.containsKey(COUNTRY_ATTRIBUTE)) {
            attributes = realmAttributes(domain, name);
        }
        return country(attributes);
    }

    /** The thread's current identity may be the anonymous one: the realm answers for the name. */
    private static Attributes realmAttributes(SecurityDomain domain, String name) {
        RealmIdentity identity = null;
        try {
            identity = domain.getIdentity(name);
            return identity.exists()
                    ? identity.getAuthorizationIdentity().getAttributes()
                    : Attributes.EMPTY;
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("the security realm is unavailable", e);
        } finally {
            if (identity != null) {
                identity.dispose();
            }
        }
    }
}
