package org.thbhub.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** The user name and password of an HTTP Basic Authorization header (RFC 7617). */
record BasicCredentials(String user, String password) {

    private static final String SCHEME = "basic ";

    /** Empty when there is no header or it is not Basic; malformed Basic is a failed login. */
    static Optional<BasicCredentials> parse(String header) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded =
                    new String(
                            Base64.getDecoder().decode(header.substring(SCHEME.length()).strip()),
                            StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(new BasicCredentials("", ""));
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? Optional.of(new BasicCredentials(decoded, ""))
                : Optional.of(
                        new BasicCredentials(
                                decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return "BasicCredentials[user=" + user + ", password=***]";
    }
}
