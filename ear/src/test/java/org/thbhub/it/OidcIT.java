package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;

/**
 * THB_AUTH=oidc against a real Keycloak (ItKeycloak, the realm of docs/keycloak): bearer tokens
 * only, checked for signature, issuer, expiry and audience; roles and country from the token. Every
 * refused token is a 401 with a Bearer challenge and an audit line. The access matrix runs in the
 * same execution with the same users' tokens.
 */
@ExtendWith(ArquillianExtension.class)
class OidcIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String admin;

    @BeforeAll
    static void keycloakIsUp() {
        ItKeycloak.awaitReady();
        admin = ItKeycloak.adminToken();
    }

    @Test
    void aScriptsTokenCarriesTheRolesAndTheCountryOfTheUser() {
        Answer rapporteur = Api.get("/me", Api.User.RAPPORTEUR_AUT);
        Answer analyst = Api.get("/me", Api.User.ANALYST);

        assertThat(rapporteur.status()).as(rapporteur.body()).isEqualTo(200);
        assertThat(rapporteur.json().get("name").asText()).isEqualTo("rapporteur-aut");
        assertThat(rapporteur.json().get("roles").toString()).isEqualTo("[\"rapporteur\"]");
        assertThat(rapporteur.json().get("country").asText()).isEqualTo("AUT");
        assertThat(analyst.json().get("roles").toString()).isEqualTo("[\"analyst\"]");
        assertThat(analyst.json().has("country")).isFalse();
        // the scripts client puts THB Hub into the audience
        assertThat(claims(ItKeycloak.token("analyst")).get("aud").toString()).contains("thb-hub");
    }

    @Test
    void aTokenOfThePagesPublicClientCarriesOnlyTheAuthorizedPartyAndIsAccepted() {
        // the test lets the public client take passwords, to get its token without a browser
        String id = ItKeycloak.clientId(admin, "thb-hub");
        JsonNode client = ItKeycloak.json(ItKeycloak.send(admin, "GET", "/clients/" + id, null));
        ((com.fasterxml.jackson.databind.node.ObjectNode) client)
                .put("directAccessGrantsEnabled", true);
        assertThat(ItKeycloak.send(admin, "PUT", "/clients/" + id, client).statusCode())
                .isEqualTo(204);
        String token =
                ItKeycloak.passwordGrant(
                                "thb-hub",
                                Optional.empty(),
                                "government-deu",
                                ItKeycloak.password("government-deu"))
                        .get("access_token")
                        .asText();
        JsonNode claims = claims(token);
        assertThat(claims.get("azp").asText()).isEqualTo("thb-hub");
        assertThat(String.valueOf(claims.get("aud"))).doesNotContain("thb-hub");

        Answer me = bearer("/me", token);

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("country").asText()).isEqualTo("DEU");
    }

    @Test
    void noTokenIs401WithABearerChallengeAndAudited() {
        String path = "/submissions/" + UUID.randomUUID();
        AuditTrail trail =
                AuditTrail.before("anonymous", "ACCESS_DENIED", AuditTrail.request("GET", path));

        Answer answer = Api.get(path, Api.User.ANONYMOUS);

        refused(answer);
        assertThat(trail.theNewEvent().get("detail").asText()).contains("401");
    }

    @Test
    void basicCredentialsEvenOfADemoUserAreRefused() {
        AuditTrail trail =
                AuditTrail.before("anonymous", "LOGIN_FAILED", AuditTrail.request("GET", "/me"));

        refused(Api.withCredentials("/me", "analyst", "analyst"));

        assertThat(trail.theNewEvent().get("detail").asText()).contains("bearer");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = ItKeycloak.token("rapporteur-aut").split("\\.");
        String payload =
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"AUT\"", "\"DEU\"");
        String tampered =
                parts[0]
                        + "."
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                        + "."
                        + parts[2];
        AuditTrail trail =
                AuditTrail.before("anonymous", "LOGIN_FAILED", AuditTrail.request("GET", "/me"));

        refused(bearer("/me", tampered));

        assertThat(trail.theNewEvent().get("detail").asText()).contains("signature");
    }

    @Test
    void aTokenSignedWithAKeyTheProviderDoesNotPublishIsRefused() throws Exception {
        JsonNode real = claims(ItKeycloak.token("analyst"));
        String kid = header(ItKeycloak.token("analyst")).get("kid").asText();
        RsaJsonWebKey foreign = RsaJwkGenerator.generateJwk(2048);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(JSON.writeValueAsString(real));
        jws.setKey(foreign.getPrivateKey());
        jws.setKeyIdHeaderValue(kid); // claims to be the provider's key
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        AuditTrail trail =
                AuditTrail.before("anonymous", "LOGIN_FAILED", AuditTrail.request("GET", "/me"));

        refused(bearer("/me", jws.getCompactSerialization()));

        assertThat(trail.theNewEvent().get("detail").asText()).contains("token");
    }

    @Test
    void aTokenForAnotherApplicationIsRefused() {
        createPublicClient("it-other-app-" + shortId(), Map.of(), false);
        String client = lastClient;
        String token =
                ItKeycloak.passwordGrant(
                                client, Optional.empty(), "analyst", ItKeycloak.password("analyst"))
                        .get("access_token")
                        .asText();
        AuditTrail trail =
                AuditTrail.before("anonymous", "LOGIN_FAILED", AuditTrail.request("GET", "/me"));

        refused(bearer("/me", token));

        assertThat(trail.theNewEvent().get("detail").asText()).contains("not meant for thb-hub");
    }

    @Test
    void anExpiredTokenIsRefused() {
        // a client whose tokens live two seconds: accepted first, refused once expired
        createPublicClient(
                "it-short-lived-" + shortId(), Map.of("access.token.lifespan", "2"), true);
        String token =
                ItKeycloak.passwordGrant(
                                lastClient,
                                Optional.empty(),
                                "analyst",
                                ItKeycloak.password("analyst"))
                        .get("access_token")
                        .asText();
        assertThat(bearer("/me", token).status()).isEqualTo(200);
        AuditTrail trail =
                AuditTrail.before("anonymous", "LOGIN_FAILED", AuditTrail.request("GET", "/me"));

        Await.until(
                "the token to expire",
                Duration.ofSeconds(60),
                () -> bearer("/me", token).status() == 401);

        refused(bearer("/me", token));
        assertThat(trail.events())
                .anySatisfy(e -> assertThat(e.get("detail").asText()).isEqualTo("token expired"));
    }

    @Test
    void aRapporteurTokenWithoutACountryIsRefused() {
        String name = "rapporteur-nowhere-" + shortId();
        ItKeycloak.createUser(admin, name, "rapporteur", Optional.empty());
        String token =
                ItKeycloak.passwordGrant(
                                "thb-hub-scripts",
                                Optional.of(scriptsSecret()),
                                name,
                                ItKeycloak.password(name))
                        .get("access_token")
                        .asText();
        AuditTrail trail =
                AuditTrail.before("anonymous", "LOGIN_FAILED", AuditTrail.request("GET", "/me"));

        refused(bearer("/me", token));

        assertThat(trail.theNewEvent().get("detail").asText()).contains("country");
    }

    @Test
    void aRotatedSigningKeyIsFetchedWhenATokenNamesIt() {
        String before = header(ItKeycloak.token("government-aut")).get("kid").asText();
        assertThat(Api.get("/me", Api.User.GOVERNMENT_AUT).status()).isEqualTo(200);
        String realmId =
                ItKeycloak.json(ItKeycloak.send(admin, "GET", "", null)).get("id").asText();
        var key =
                Map.of(
                        "name",
                        "it-rotated-" + shortId(),
                        "providerId",
                        "rsa-generated",
                        "providerType",
                        "org.keycloak.keys.KeyProvider",
                        "parentId",
                        realmId,
                        "config",
                        Map.of(
                                "priority", List.of("1000"),
                                "keySize", List.of("2048"),
                                "active", List.of("true"),
                                "enabled", List.of("true"),
                                "algorithm", List.of("RS256")));
        assertThat(ItKeycloak.send(admin, "POST", "/components", key).statusCode()).isEqualTo(201);
        String token =
                ItKeycloak.passwordGrant(
                                "thb-hub-scripts",
                                Optional.of(scriptsSecret()),
                                "government-aut",
                                ItKeycloak.password("government-aut"))
                        .get("access_token")
                        .asText();
        assertThat(header(token).get("kid").asText())
                .as("signed with the new key")
                .isNotEqualTo(before);

        Answer me = bearer("/me", token);

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("country").asText()).isEqualTo("AUT");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static String lastClient;

    private static void createPublicClient(
            String clientId, Map<String, String> attributes, boolean forThbHub) {
        var client = new java.util.LinkedHashMap<String, Object>();
        client.put("clientId", clientId);
        client.put("publicClient", true);
        client.put("directAccessGrantsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("attributes", attributes);
        if (forThbHub) {
            client.put(
                    "protocolMappers",
                    List.of(
                            Map.of(
                                    "name", "audience thb-hub",
                                    "protocol", "openid-connect",
                                    "protocolMapper", "oidc-audience-mapper",
                                    "config",
                                            Map.of(
                                                    "included.client.audience", "thb-hub",
                                                    "access.token.claim", "true"))));
        }
        var created = ItKeycloak.send(admin, "POST", "/clients", client);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        lastClient = clientId;
    }

    private static String scriptsSecret() {
        String id = ItKeycloak.clientId(admin, "thb-hub-scripts");
        return ItKeycloak.json(
                        ItKeycloak.send(admin, "GET", "/clients/" + id + "/client-secret", null))
                .get("value")
                .asText();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void refused(Answer answer) {
        ProblemJsonIT.assertProblem(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).hasValue("Bearer realm=\"THB Hub\"");
    }

    private static JsonNode claims(String token) {
        return part(token, 1);
    }

    private static JsonNode header(String token) {
        return part(token, 0);
    }

    private static JsonNode part(String token, int index) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer bearer(String path, String token) {
        try {
            HttpResponse<byte[]> response =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(Api.BASE + path))
                                    .header("Authorization", "Bearer " + token)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
