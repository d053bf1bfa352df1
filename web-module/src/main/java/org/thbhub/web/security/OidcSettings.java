package org.thbhub.web.security;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The keys of {@code THB_AUTH=oidc} (design.md sections 7a and 9). Provider and client are
 * required; the claims default to Keycloak's realm roles and a {@code country} claim.
 */
record OidcSettings(String providerUrl, String clientId, String rolesClaim, String countryClaim) {

    static final String PROVIDER_URL = "THB_OIDC_PROVIDER_URL";
    static final String CLIENT_ID = "THB_OIDC_CLIENT_ID";
    static final String ROLES_CLAIM = "THB_OIDC_ROLES_CLAIM";
    static final String COUNTRY_CLAIM = "THB_OIDC_COUNTRY_CLAIM";

    static OidcSettings from(Config config) {
        return new OidcSettings(
                required(config, PROVIDER_URL).replaceAll("/+$", ""),
                required(config, CLIENT_ID),
                optional(config, ROLES_CLAIM).orElse("realm_access.roles"),
                optional(config, COUNTRY_CLAIM).orElse("country"));
    }

    private static String required(Config config, String key) {
        return optional(config, key)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "THB_AUTH=oidc needs " + key + " to be set"));
    }

    private static Optional<String> optional(Config config, String key) {
        return config.getOptionalValue(key, String.class)
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
