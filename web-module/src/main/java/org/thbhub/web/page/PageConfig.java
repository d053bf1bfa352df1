package org.thbhub.web.page;

import jakarta.json.Json;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the pages need to know of the server's configuration: how users sign in, and under {@code
 * oidc} the provider and the public client. Nothing secret: the client is public.
 */
record PageConfig(String auth, Optional<String> providerUrl, Optional<String> clientId) {

    static PageConfig fromEnvironment() {
        var config = ConfigProvider.getConfig();
        String auth =
                config.getOptionalValue("THB_AUTH", String.class)
                        .map(a -> a.strip().toLowerCase(Locale.ROOT))
                        .orElse("demo");
        return new PageConfig(
                auth,
                config.getOptionalValue("THB_OIDC_PROVIDER_URL", String.class)
                        .map(PageConfig::withoutTrailingSlash),
                config.getOptionalValue("THB_OIDC_CLIENT_ID", String.class));
    }

    private static String withoutTrailingSlash(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    String json() {
        var json = Json.createObjectBuilder().add("auth", auth);
        if ("oidc".equals(auth)) {
            providerUrl.ifPresent(p -> json.add("providerUrl", p));
            clientId.ifPresent(c -> json.add("clientId", c));
        }
        return json.build().toString();
    }

    /**
     * Only the server itself, plus the OIDC provider (its discovery and token endpoints are
     * fetched, its sign-in page is navigated to). Styles may be inline because the HTML report
     * shown on the reports page carries its own.
     */
    String contentSecurityPolicy() {
        String provider = "oidc".equals(auth) ? providerUrl.map(PageConfig::origin).orElse("") : "";
        String extra = provider.isEmpty() ? "" : " " + provider;
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data: blob:; font-src 'self'; connect-src 'self'"
                + extra
                + "; frame-src 'self' blob: data:; form-action 'self'"
                + extra
                + "; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getAuthority();
        } catch (IllegalArgumentException notAUrl) {
            return "";
        }
    }
}
