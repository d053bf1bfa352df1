package org.thbhub.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.thbhub.identity.AuthMode;

/** The server's sign-in mode, read once, and under oidc the token verifier (one JWKS cache). */
@ApplicationScoped
public class Identity {

    private AuthMode mode;
    private TokenVerifier tokens;

    @PostConstruct
    void init() {
        mode = AuthMode.current();
        if (mode == AuthMode.OIDC) {
            tokens = new TokenVerifier(OidcSettings.from(ConfigProvider.getConfig()));
        }
    }

    public AuthMode mode() {
        return mode;
    }

    TokenVerifier tokens() {
        return tokens;
    }
}
