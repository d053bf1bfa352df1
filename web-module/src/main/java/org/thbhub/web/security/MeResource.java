package org.thbhub.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;

/** Who the server thinks you are: a client's first call after login. */
// one instance: a request-scoped resource is built, injected and validated on every request (issue
// 15)
@ApplicationScoped
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.RAPPORTEUR_NAME, Role.GOVERNMENT_NAME, Role.ANALYST_NAME, Role.ADMIN_NAME})
public class MeResource {

    @Inject CurrentCaller current;

    @GET
    @Operation(summary = "The authenticated caller: name, roles and country")
    public MeDto me() {
        Caller caller = current.get();
        return new MeDto(
                caller.name(),
                caller.roles().stream().map(Role::realmName).sorted().toList(),
                caller.country().map(Object::toString).orElse(null));
    }

    public record MeDto(String name, List<String> roles, String country) {}
}
