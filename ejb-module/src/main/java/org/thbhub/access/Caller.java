package org.thbhub.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.thbhub.reference.CountryCode;

/**
 * Who is asking: a name, roles and, for rapporteurs and government readers, the one country they
 * act for. Services take a Caller explicitly, so scoping is visible in every signature and testable
 * without a server.
 */
public record Caller(String name, Set<Role> roles, Optional<CountryCode> country) {

    public Caller {
        Objects.requireNonNull(name, "name");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(country, "country");
    }

    public static Caller of(String name, Set<Role> roles, CountryCode country) {
        return new Caller(name, roles, Optional.ofNullable(country));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Analysts and administrators see every country. */
    public boolean seesAllCountries() {
        return has(Role.ANALYST) || has(Role.ADMIN);
    }

    /** What this caller may see of a country's data: the rule behind every "scoped" answer. */
    public boolean maySee(CountryCode countryCode) {
        return seesAllCountries() || country.map(c -> c.equals(countryCode)).orElse(false);
    }

    /**
     * The countries a scoped query must be limited to: empty means "no limit" (analyst, admin); a
     * country-scoped caller without a country sees nothing.
     */
    public Scope scope() {
        if (seesAllCountries()) {
            return Scope.ALL;
        }
        return country.map(Scope::of).orElse(Scope.NONE);
    }
}
