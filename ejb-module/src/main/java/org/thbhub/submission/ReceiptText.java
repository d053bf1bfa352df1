package org.thbhub.submission;

import jakarta.json.JsonObject;
import java.time.format.DateTimeFormatter;
import org.thbhub.common.SafeText;

/** The receipt in plain sentences, one problem a line: the outbox's {@code .receipt.txt}. */
public final class ReceiptText {

    private ReceiptText() {}

    /** Says what {@link SubmissionJson#detail} says, in sentences. */
    public static String of(Receipt r) {
        StringBuilder text = new StringBuilder();
        // a name may hold CR/LF: escaped, it can never forge a line of the receipt
        text.append("THB Hub receipt for ").append(SafeText.escape(r.fileName())).append('\n');
        text.append("Submission ")
                .append(r.id())
                .append(r.dryRun() ? " (dry run)" : "")
                .append('\n');
        text.append("Status: ").append(r.status()).append('\n');
        r.country().ifPresent(c -> text.append("Country: ").append(c.iso3()).append('\n'));
        text.append("Received: ")
                .append(DateTimeFormatter.ISO_INSTANT.format(r.receivedAt()))
                .append(" through ")
                .append(r.channel())
                .append('\n');
        text.append("SHA-256: ")
                .append(r.sha256() == null ? "none (the file was not read)" : r.sha256())
                .append('\n');
        r.duplicateOf()
                .ifPresent(
                        d ->
                                text.append("These bytes were already accepted as submission ")
                                        .append(d)
                                        .append("; nothing new was stored.\n"));
        r.node()
                .ifPresent(
                        n ->
                                text.append("Judged by node: ")
                                        .append(SafeText.escape(n))
                                        .append('\n'));
        var c = r.counts();
        text.append(
                "Rows read: %d; values stored: %d; errors: %d; warnings: %d.%n"
                        .formatted(c.rows(), c.observations(), c.errors(), c.warnings()));
        var problems = r.report().getJsonArray("problems");
        if (problems != null) {
            for (var value : problems) {
                JsonObject p = value.asJsonObject();
                text.append(p.getString("severity"));
                if (p.containsKey("line")) {
                    text.append(" at line ").append(p.getInt("line"));
                }
                if (p.containsKey("sheet")) {
                    text.append(" in sheet ")
                            .append(p.getString("sheet"))
                            .append(", cell ")
                            .append(p.getString("cell", "?"));
                }
                if (p.containsKey("field")) {
                    text.append(", field ").append(p.getString("field"));
                }
                text.append(" [")
                        .append(p.getString("code"))
                        .append("]: ")
                        .append(p.getString("message"))
                        .append('\n');
            }
        }
        long omitted =
                r.report().getJsonNumber("omitted") == null
                        ? 0
                        : r.report().getJsonNumber("omitted").longValue();
        if (omitted > 0) {
            text.append("... and ").append(omitted).append(" more problems not listed.\n");
        }
        return text.toString();
    }
}
