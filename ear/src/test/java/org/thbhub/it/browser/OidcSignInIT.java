package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.thbhub.it.ItKeycloak;

/**
 * THB_AUTH=oidc (the it-oidc execution, a real Keycloak): a rapporteur signs in through the pages
 * with the authorization-code flow and PKCE, typing name and password into Keycloak's own form,
 * works with the bearer token the pages keep, and signs out of THB Hub and of Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
class OidcSignInIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "rapporteur-aut";

    @BeforeAll
    static void keycloakIsUp() {
        ItKeycloak.awaitReady();
    }

    @Test
    void aRapporteurSignsInThroughKeycloakWithTheCodeFlowAndPkceWorksAndSignsOut()
            throws IOException {
        try (Browser b = new Browser("en")) {
            // a page that needs a user sends the visitor to the sign-in page first
            b.open("/deliver");
            b.until(
                    "the sign-in page",
                    () -> b.driver.getCurrentUrl().startsWith(Browser.PAGES + "/sign-in"));
            b.waitReady();
            assertThat(b.heading()).isEqualTo("Sign in");
            assertThat(b.has(By.cssSelector("input[type=password]")))
                    .as("under oidc THB Hub never asks for a password itself")
                    .isFalse();
            b.screenshot("sign-in-oidc");
            b.assertAccessible("sign-in (oidc)");

            b.button("Sign in").click();
            b.until(
                    "Keycloak's login form",
                    () ->
                            b.driver
                                            .getCurrentUrl()
                                            .startsWith(
                                                    ItKeycloak.issuer()
                                                            + "/protocol/openid-connect/auth")
                                    && b.has(By.id("username")));
            Map<String, String> authorize = query(b.driver.getCurrentUrl());
            assertThat(authorize)
                    .containsEntry("response_type", "code")
                    .containsEntry("client_id", "thb-hub")
                    .containsEntry("redirect_uri", Browser.PAGES + "/sign-in")
                    .containsEntry("code_challenge_method", "S256")
                    .doesNotContainKey("code_verifier")
                    .doesNotContainKey("client_secret");
            // SHA-256 of the verifier, base64url without padding: 43 characters
            assertThat(authorize.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
            assertThat(authorize.get("state")).isNotBlank();
            b.screenshot("sign-in-keycloak-form");

            b.driver.findElement(By.id("username")).sendKeys(USER);
            b.driver.findElement(By.id("password")).sendKeys(ItKeycloak.password(USER));
            b.driver.findElement(By.id("kc-login")).click();

            // back at THB Hub, on the page first asked for, signed in
            b.until(
                    "the deliver page after the sign-in",
                    () -> b.driver.getCurrentUrl().equals(Browser.PAGES + "/deliver"));
            b.waitReady();
            assertThat(b.heading()).isEqualTo("Deliver data");
            assertThat(b.text(By.cssSelector("header .who")))
                    .contains(USER)
                    .contains("rapporteur")
                    .contains("AUT");
            String credential = session(b, "thb.credential");
            assertThat(credential).startsWith("Bearer ");
            String token = credential.substring("Bearer ".length());
            JsonNode claims = claims(token);
            assertThat(claims.get("azp").asText())
                    .as("a token of the pages' public client")
                    .isEqualTo("thb-hub");
            assertThat(claims.get("preferred_username").asText()).isEqualTo(USER);
            assertThat(session(b, "thb.oidc.flow"))
                    .as("the verifier is gone after the exchange")
                    .isNull();

            // an API call of the page with the bearer token: the own country's template
            b.link("Download template").click();
            byte[] template = Files.readAllBytes(b.downloaded(".xlsx"));
            assertThat(new String(template, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            b.until(
                    "the download to be announced",
                    () -> b.text(By.tagName("main")).contains("Saved thb-template-AUT"));
            b.screenshot("deliver-oidc");
            b.assertAccessible("deliver (oidc)");

            // nothing ambient: THB Hub sets no cookie, and a request that carries only what the
            // browser sends by itself (cookies) is refused, so another site has nothing to ride on
            for (Cookie c : b.driver.manage().getCookies()) {
                assertThat(c.getValue()).as("cookie " + c.getName()).doesNotContain(token);
            }
            assertThat(b.driver.manage().getCookies())
                    .as("cookies sent with THB Hub's own requests")
                    .isEmpty();
            @SuppressWarnings("unchecked")
            Map<String, Object> all =
                    (Map<String, Object>)
                            b.driver.executeCdpCommand("Network.getAllCookies", Map.of());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cookies = (List<Map<String, Object>>) all.get("cookies");
            assertThat(cookies)
                    .as("no cookie of the browser carries THB Hub's token")
                    .noneMatch(c -> String.valueOf(c.get("value")).contains(token))
                    .noneMatch(c -> String.valueOf(c.get("path")).startsWith("/thb-hub"));
            assertThat(ambientStatus(b)).as("/me with cookies only").isEqualTo(401);

            b.open("/");
            assertThat(b.text(By.id("who"))).contains(USER).contains("Austria");
            b.assertAccessible("home (oidc)");

            // sign out: of THB Hub and of Keycloak, back on the sign-in page
            b.button("Sign out").click();
            b.until(
                    "the sign-in page after signing out",
                    () ->
                            b.driver.getCurrentUrl().startsWith(Browser.PAGES + "/sign-in")
                                    && "true"
                                            .equals(
                                                    b.js(
                                                            "return document.documentElement.dataset.ready || ''",
                                                            List.of())));
            assertThat(b.text(By.tagName("main"))).contains("You have signed out.");
            assertThat(session(b, "thb.credential")).isNull();
            b.screenshot("signed-out-oidc");
            b.assertAccessible("signed out (oidc)");

            b.open("/deliver");
            b.until(
                    "the sign-in page for a page that needs a user",
                    () -> b.driver.getCurrentUrl().startsWith(Browser.PAGES + "/sign-in"));
            b.waitReady();
            // Keycloak's session has ended too: signing in asks for the password again
            b.button("Sign in").click();
            b.until(
                    "Keycloak's login form once more",
                    () ->
                            b.driver.getCurrentUrl().startsWith(ItKeycloak.issuer())
                                    && b.has(By.id("password")));
        }
    }

    /** Status of /me called from the page with the browser's cookies and no Authorization. */
    private static int ambientStatus(Browser b) {
        Object status =
                b.driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch('/thb-hub/api/v1/me', {credentials: 'include',"
                                + " headers: {'X-Requested-With': 'thb-hub-pages'}})"
                                + ".then(r => done(r.status)).catch(e => done(-1));");
        return ((Number) status).intValue();
    }

    private static String session(Browser b, String key) {
        return (String) b.js("return sessionStorage.getItem(arguments[0])", List.of(key));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            q.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    private static JsonNode claims(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
