package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages as plain HTTP sees them: every page address answers the shell (so a reload or a link
 * lands on it), the API under /api/v1 is untouched, and requests the pages mark get no Basic
 * challenge, while scripts still do.
 */
@ExtendWith(ArquillianExtension.class)
class PagesIT {

    static final String PAGES = Api.BASE.replace("/api/v1", "");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/sign-in",
                "/deliver",
                "/history",
                "/data",
                "/coverage",
                "/reports",
                "/import",
                "/audit",
                "/users",
                "/releases",
                "/submissions/6f1c1a52-6a0e-4b0e-9d7e-1c0c1d6f2a11"
            })
    void everyPageAddressAnswersTheShellWithAPolicyThatLoadsNothingFromOutside(String page)
            throws Exception {
        HttpResponse<String> answer = get(PAGES + page, null, null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(answer.body())
                .contains("<html lang=\"en\">")
                .contains("/thb-hub/app/js/main.js");
        assertThat(answer.body()).doesNotContain("http://").doesNotContain("https://");
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp ->
                                assertThat(csp)
                                        .contains("default-src 'self'")
                                        .contains("script-src 'self';")
                                        .contains("frame-ancestors 'none'"));
    }

    @Test
    void theApiIsNotTheShellAndAnUnknownAddressIsNotFound() throws Exception {
        HttpResponse<String> api = get(Api.BASE + "/no-such-thing", null, null);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(get(PAGES + "/no-such-page", null, null).statusCode()).isEqualTo(404);
        assertThat(get(PAGES + "/app/js/main.js", null, null).statusCode()).isEqualTo(200);
        assertThat(get(PAGES + "/app/config.json", null, null).body())
                .contains("\"auth\":\"" + ItUsers.mode() + "\"");
    }

    @Test
    void aPageRequestGetsNoBasicChallengeSoTheBrowserShowsNoDialogButScriptsStillDo()
            throws Exception {
        HttpResponse<String> script = get(Api.BASE + "/me", null, null);
        HttpResponse<String> page = get(Api.BASE + "/me", null, "thb-hub-pages");
        HttpResponse<String> wrongFromPage =
                get(Api.BASE + "/me", basic("rapporteur-aut", "wrong"), "thb-hub-pages");

        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate"))
                .hasValue("Basic realm=\"THB Hub\"");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(wrongFromPage.statusCode()).isEqualTo(401);
        assertThat(wrongFromPage.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(
                        get(
                                        Api.BASE + "/me",
                                        basic(
                                                "rapporteur-aut",
                                                ItUsers.password(Api.User.RAPPORTEUR_AUT)),
                                        "thb-hub-pages")
                                .body())
                .contains("rapporteur-aut");
    }

    @Test
    void aFileSentFromThePagesComesInThroughTheWebChannel() throws Exception {
        HttpRequest upload =
                HttpRequest.newBuilder(URI.create(Api.BASE + "/submissions?filename=web.csv"))
                        .header(
                                "Authorization",
                                basic("rapporteur-aut", ItUsers.password(Api.User.RAPPORTEUR_AUT)))
                        .header("X-Requested-With", "thb-hub-pages")
                        .header("Content-Type", "text/csv")
                        .POST(
                                HttpRequest.BodyPublishers.ofByteArray(
                                        Fixtures.statCsv("AUT,VICT,_T,_T,_T,_T,_T,2007,12")))
                        .build();
        HttpResponse<String> answer = HTTP.send(upload, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.body()).contains("\"channel\":\"WEB\"");
    }

    private static HttpResponse<String> get(String url, String authorization, String marker)
            throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (marker != null) {
            builder.header("X-Requested-With", marker);
        }
        return HTTP.send(
                builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
