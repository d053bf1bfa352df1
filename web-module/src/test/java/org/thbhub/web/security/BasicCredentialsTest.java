package org.thbhub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUserAndPasswordWhichMayContainColons() {
        assertThat(BasicCredentials.parse(basic("rapporteur-aut:pa:ss")))
                .contains(new BasicCredentials("rapporteur-aut", "pa:ss"));
    }

    @Test
    void otherSchemesAreNotBasic() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
    }

    @Test
    void garbageIsAFailedLoginNotACrash() {
        assertThat(BasicCredentials.parse("Basic %%%")).contains(new BasicCredentials("", ""));
        assertThat(BasicCredentials.parse(basic("nocolon")))
                .contains(new BasicCredentials("nocolon", ""));
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(new BasicCredentials("u", "secret").toString()).doesNotContain("secret");
    }
}
