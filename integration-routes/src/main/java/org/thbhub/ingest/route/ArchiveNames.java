package org.thbhub.ingest.route;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The names a judged file and its receipts get, within the 255 bytes a file name may have: a name
 * that is too long keeps its start and gets a hash of the whole name instead of its end, so any
 * legal name can be archived and receipted (the receipt's {@code fileName} keeps the full name).
 */
final class ArchiveNames {

    static final int MAX_NAME_BYTES = 255;
    static final String RECEIPT_JSON = ".receipt.json";
    static final String RECEIPT_TEXT = ".receipt.txt";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

    private ArchiveNames() {}

    /** {@code 20261201T101502123-<name>}, shortened if needed. */
    static String archived(String name, Instant at) {
        return fit(STAMP.format(at) + "-", name, 0);
    }

    /**
     * The base of both receipts' names, {@code <base>.receipt.json} and {@code .receipt.txt}, with
     * room for the dot-name they are written under first ({@code .<base>.receipt.json.part}).
     */
    static String receiptBase(String name) {
        return fit("", name, ".".length() + (RECEIPT_JSON + ".part").length());
    }

    private static String fit(String prefix, String name, int reserved) {
        if (bytes(prefix + name) + reserved <= MAX_NAME_BYTES) {
            return prefix + name;
        }
        String hash =
                "~"
                        + HexFormat.of()
                                .formatHex(
                                        Sha256.newDigest()
                                                .digest(name.getBytes(StandardCharsets.UTF_8)))
                                .substring(0, 16);
        int room = MAX_NAME_BYTES - bytes(prefix) - bytes(hash) - reserved;
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            String next = new String(Character.toChars(cp));
            if (bytes(kept + next) > room) {
                break;
            }
            kept.append(next);
            i += Character.charCount(cp);
        }
        return prefix + kept + hash;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
