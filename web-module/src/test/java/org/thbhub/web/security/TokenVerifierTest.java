package org.thbhub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    @Test
    void aClaimIsFoundByItsDottedPath() {
        Map<String, Object> claims =
                Map.of("realm_access", Map.of("roles", List.of("analyst")), "country", "AUT");

        assertThat(TokenVerifier.claim(claims, "realm_access.roles")).isEqualTo(List.of("analyst"));
        assertThat(TokenVerifier.claim(claims, "country")).isEqualTo("AUT");
        assertThat(TokenVerifier.claim(claims, "country.code")).isNull();
        assertThat(TokenVerifier.claim(claims, "resource_access.thb-hub.roles")).isNull();
    }
}
