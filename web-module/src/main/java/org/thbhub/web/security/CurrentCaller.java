package org.thbhub.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.thbhub.access.Caller;

/**
 * The caller of the current request, set once by {@link AccessFilter}. Resources reach it only
 * after the filter has let the request through, so {@link #get()} never sees an anonymous call on a
 * protected resource.
 */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller value) {
        caller = value;
    }

    /** The caller, if the request got that far (error mappers may run before it is known). */
    public Optional<Caller> find() {
        return Optional.ofNullable(caller);
    }

    public Caller get() {
        return Optional.ofNullable(caller)
                .orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }
}
