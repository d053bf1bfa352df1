package org.thbhub.node;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The name of this node among several on one database (design.md section 13): {@code
 * THB_NODE_NAME}, or the host name. It names the node in logs, in the audit and on the submissions
 * it judged, and holds its file claims.
 */
public final class NodeName {

    /** WildFly's transaction node identifier takes at most 23 bytes. */
    public static final int TX_NODE_ID_BYTES = 23;

    /** The audit and submission columns. */
    public static final int MAX_LENGTH = 64;

    private static volatile String current;

    private NodeName() {}

    public static String current() {
        String name = current;
        if (name == null) {
            name = resolve(configured());
            current = name;
        }
        return name;
    }

    static String resolve(Optional<String> configured) {
        String name =
                configured.map(String::strip).filter(s -> !s.isEmpty()).orElseGet(NodeName::host);
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }

    /**
     * The transaction node identifier for a name: the name itself when it fits in 23 bytes
     * (US-ASCII), else a hash of it (so two long names sharing a prefix still differ).
     */
    public static String txNodeId(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= TX_NODE_ID_BYTES && name.chars().allMatch(c -> c > 32 && c < 127)) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "n" + HexFormat.of().formatHex(digest).substring(0, TX_NODE_ID_BYTES - 1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Optional<String> configured() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("THB_NODE_NAME", String.class);
        } catch (RuntimeException | LinkageError e) {
            // outside the server (unit tests): no MicroProfile Config implementation
            return Optional.ofNullable(System.getenv("THB_NODE_NAME"));
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }
}
