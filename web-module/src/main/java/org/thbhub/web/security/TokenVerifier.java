package org.thbhub.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;
import org.thbhub.reference.CountryCode;

/**
 * Checks a bearer token of {@code THB_AUTH=oidc} (ADR 0014): signed by a key the provider publishes
 * (its JWKS, found through its discovery document, cached, and fetched again when a token names a
 * key not yet known: the provider rotated its keys), issued by THB_OIDC_PROVIDER_URL, not expired,
 * and meant for THB Hub (audience THB_OIDC_CLIENT_ID, or authorized party: Keycloak's tokens for a
 * public client carry only {@code azp}). Roles and country come from the claims the settings name.
 */
final class TokenVerifier {

    /** Clocks of provider and server may differ a little; a token is never accepted longer. */
    static final int CLOCK_SKEW_SECONDS = 5;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What a token turned out to be. */
    sealed interface Outcome {}

    record Valid(Caller caller) implements Outcome {}

    record Invalid(String reason) implements Outcome {}

    private final OidcSettings settings;
    private final Function<String, String> fetch;
    private volatile JwtConsumer consumer;

    TokenVerifier(OidcSettings settings) {
        this(settings, TokenVerifier::httpGet);
    }

    TokenVerifier(OidcSettings settings, Function<String, String> fetch) {
        this.settings = settings;
        this.fetch = fetch;
    }

    Outcome verify(String token) {
        JwtClaims claims;
        try {
            claims = consumer().processToClaims(token);
        } catch (InvalidJwtException e) {
            return new Invalid(reason(e));
        }
        try {
            if (!meantForUs(claims)) {
                return new Invalid(
                        "token not meant for "
                                + settings.clientId()
                                + " (audience "
                                + claims.getAudience()
                                + ", authorized party "
                                + claims.getClaimValue("azp")
                                + ")");
            }
            return callerOf(claims);
        } catch (MalformedClaimException e) {
            return new Invalid("malformed claim: " + e.getMessage());
        }
    }

    private boolean meantForUs(JwtClaims claims) throws MalformedClaimException {
        return (claims.hasAudience() && claims.getAudience().contains(settings.clientId()))
                || settings.clientId().equals(claims.getClaimValue("azp", String.class));
    }

    private Outcome callerOf(JwtClaims claims) throws MalformedClaimException {
        String name = claims.getStringClaimValue("preferred_username");
        if (name == null || name.isBlank()) {
            name = claims.getSubject();
        }
        if (name == null || name.isBlank()) {
            return new Invalid("token names no user (no preferred_username, no sub)");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : asList(claim(claims.getClaimsMap(), settings.rolesClaim()))) {
            for (Role role : Role.values()) {
                if (role.realmName().equals(value)) {
                    roles.add(role);
                }
            }
        }
        List<Object> countries = asList(claim(claims.getClaimsMap(), settings.countryClaim()));
        Optional<CountryCode> country =
                countries.size() == 1
                                && countries.get(0) instanceof String c
                                && CountryCode.isWellFormed(c)
                        ? Optional.of(CountryCode.of(c))
                        : Optional.empty();
        if (country.isEmpty() && roles.stream().anyMatch(Role::isCountryScoped)) {
            return new Invalid(
                    "a rapporteur or government token without a valid country (claim "
                            + settings.countryClaim()
                            + ")");
        }
        return new Valid(new Caller(name, roles, country));
    }

    /** A claim by its dotted path: "realm_access.roles". */
    static Object claim(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static List<Object> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            return List.copyOf(c);
        }
        return List.of(value);
    }

    private static String reason(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "token expired";
        }
        if (e.hasErrorCode(org.jose4j.jwt.consumer.ErrorCodes.SIGNATURE_INVALID)) {
            return "token signature invalid";
        }
        if (e.hasErrorCode(org.jose4j.jwt.consumer.ErrorCodes.ISSUER_INVALID)) {
            return "token from another issuer";
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Unable to find a suitable verification key")) {
            return "token signed by a key the provider does not publish";
        }
        return "token refused: " + (message.length() > 200 ? message.substring(0, 200) : message);
    }

    /** Built at the first token: the server starts even while the provider is still starting. */
    private JwtConsumer consumer() {
        JwtConsumer c = consumer;
        if (c == null) {
            synchronized (this) {
                c = consumer;
                if (c == null) {
                    c = build();
                    consumer = c;
                }
            }
        }
        return c;
    }

    private JwtConsumer build() {
        String discovery = settings.providerUrl() + "/.well-known/openid-configuration";
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(fetch.apply(discovery)))) {
            document = reader.readObject();
        }
        String jwksUri = document.getString("jwks_uri", null);
        if (jwksUri == null) {
            throw new ProviderUnavailableException(
                    "the discovery document " + discovery + " names no jwks_uri");
        }
        HttpsJwks jwks = new HttpsJwks(jwksUri);
        jwks.setDefaultCacheDuration(Duration.ofMinutes(10).toSeconds());
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setExpectedIssuer(settings.providerUrl())
                // audience or authorized party: checked by meantForUs, which jose4j cannot express
                .setSkipDefaultAudienceValidation()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(jwks))
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256,
                        AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.RSA_USING_SHA512,
                        AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384)
                .build();
    }

    private static String httpGet(String url) {
        try {
            HttpResponse<String> response =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(10))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ProviderUnavailableException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new ProviderUnavailableException(url + " unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(url + ": interrupted");
        }
    }

    /** The provider cannot be asked for its keys: no token can be judged now (503). */
    static final class ProviderUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProviderUnavailableException(String message) {
            super(message);
        }
    }
}
