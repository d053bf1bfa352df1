package org.thbhub.access;

import java.util.Optional;
import org.thbhub.reference.CountryCode;

/** The countries a query may return: all, exactly one, or none. */
public record Scope(boolean all, Optional<CountryCode> only) {

    public static final Scope ALL = new Scope(true, Optional.empty());
    public static final Scope NONE = new Scope(false, Optional.empty());

    public static Scope of(CountryCode country) {
        return new Scope(false, Optional.of(country));
    }

    public boolean includes(CountryCode country) {
        return all || only.map(country::equals).orElse(false);
    }

    /**
     * Narrows a requested country filter to what the scope allows: a request for a country out of
     * scope yields an empty result rather than an error, so nothing leaks through a filter.
     */
    public Optional<Scope> narrow(Optional<CountryCode> requested) {
        if (requested.isEmpty()) {
            return Optional.of(this);
        }
        return includes(requested.get()) ? Optional.of(of(requested.get())) : Optional.empty();
    }
}
