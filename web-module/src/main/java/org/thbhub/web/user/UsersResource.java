package org.thbhub.web.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thbhub.access.Role;
import org.thbhub.common.PageRequest;
import org.thbhub.identity.InvalidUserException;
import org.thbhub.identity.InvalidUserException.FieldProblem;
import org.thbhub.identity.UserAccount;
import org.thbhub.identity.UserChange;
import org.thbhub.identity.UserDirectory;
import org.thbhub.reference.CountryCode;
import org.thbhub.web.PageDto;
import org.thbhub.web.security.CurrentCaller;
import org.thbhub.web.security.OnlyUnderJdbc;

/**
 * The users of {@code THB_AUTH=jdbc}, managed by an administrator (design.md section 7a). Under
 * demo and oidc the whole resource answers 404: the users live elsewhere there.
 */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@OnlyUnderJdbc
public class UsersResource {

    @Inject UserDirectory users;
    @Inject CurrentCaller current;

    @GET
    @Operation(summary = "Users (THB_AUTH=jdbc only), by name")
    public PageDto<UserDto> list(
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(users.list(PageRequest.of(page, size)), UserDto::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user with an initial password (THB_AUTH=jdbc only)")
    public Response create(NewUserDto body) {
        NewUserDto user = body == null ? new NewUserDto(null, null, null, null) : body;
        UserAccount created =
                users.create(
                        current.get(), user.name(), user.role(), user.country(), user.password());
        return Response.status(Response.Status.CREATED).entity(UserDto.of(created)).build();
    }

    @PATCH
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's role, country or enabled flag (THB_AUTH=jdbc only)")
    public UserDto change(@PathParam("name") String name, JsonObject body) {
        JsonObject json = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        var change =
                new UserChange(
                        text(json, "role").flatMap(o -> o),
                        text(json, "country"),
                        flag(json, "enabled"));
        return UserDto.of(users.change(current.get(), name, change));
    }

    @PUT
    @Path("/{name}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.RAPPORTEUR_NAME, Role.GOVERNMENT_NAME, Role.ANALYST_NAME, Role.ADMIN_NAME})
    @Operation(
            summary =
                    "Set a password: the user with oldPassword, or an administrator (THB_AUTH=jdbc"
                            + " only)")
    public Response password(@PathParam("name") String name, PasswordDto body) {
        PasswordDto password = body == null ? new PasswordDto(null, null) : body;
        users.changePassword(
                current.get(),
                name,
                Optional.ofNullable(password.oldPassword()),
                password.newPassword());
        return Response.noContent().build();
    }

    /** Present (maybe null) or absent: PATCH changes only what it names. */
    private static Optional<Optional<String>> text(JsonObject json, String field) {
        if (!json.containsKey(field)) {
            return Optional.empty();
        }
        JsonValue value = json.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.of(Optional.empty());
        }
        if (value instanceof JsonString s) {
            return Optional.of(Optional.of(s.getString()));
        }
        throw new InvalidUserException(
                List.of(new FieldProblem(field, field + " must be a string.")));
    }

    private static Optional<Boolean> flag(JsonObject json, String field) {
        if (!json.containsKey(field)) {
            return Optional.empty();
        }
        return switch (json.get(field).getValueType()) {
            case TRUE -> Optional.of(true);
            case FALSE -> Optional.of(false);
            default ->
                    throw new InvalidUserException(
                            List.of(new FieldProblem(field, field + " must be true or false.")));
        };
    }

    public record NewUserDto(String name, String role, String country, String password) {
        @Override
        public String toString() {
            return "NewUserDto[name=" + name + ", role=" + role + ", country=" + country + "]";
        }
    }

    public record PasswordDto(String oldPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordDto[***]";
        }
    }

    public record UserDto(
            String name,
            String role,
            String country,
            boolean enabled,
            Instant createdAt,
            Instant lastLoginAt) {
        static UserDto of(UserAccount user) {
            return new UserDto(
                    user.name(),
                    user.role().realmName(),
                    user.country().map(CountryCode::iso3).orElse(null),
                    user.enabled(),
                    user.createdAt(),
                    user.lastLoginAt().orElse(null));
        }
    }
}
