package org.thbhub.identity;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How callers prove who they are (design.md section 7), from {@code THB_AUTH}: demo users, users in
 * the database, or bearer tokens of an OpenID Connect provider. One mode per server; an unknown
 * value stops the start rather than falling back to the demo users.
 */
public enum AuthMode {
    DEMO,
    JDBC,
    OIDC;

    public static final String KEY = "THB_AUTH";

    /** The configured mode; {@code demo} when the key is unset. */
    public static AuthMode current() {
        return parse(ConfigProvider.getConfig().getOptionalValue(KEY, String.class));
    }

    static AuthMode parse(Optional<String> value) {
        String text = value.map(v -> v.strip().toLowerCase(Locale.ROOT)).orElse("");
        return switch (text) {
            case "", "demo" -> DEMO;
            case "jdbc" -> JDBC;
            case "oidc" -> OIDC;
            default ->
                    throw new IllegalStateException(
                            KEY + " must be demo, jdbc or oidc, not " + value.orElse(""));
        };
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
