package org.thbhub.submission;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.thbhub.common.SafeText;

/**
 * The submission JSON of design.md section 6, the same in every API answer and every receipt. A
 * summary (lists) leaves the report out.
 */
public final class ReceiptJson {

    /** One factory: {@code Json.createObjectBuilder} looks the JSON-P provider up on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ReceiptJson() {}

    public static JsonObject detail(Receipt r) {
        return base(r).add("report", r.report()).build();
    }

    public static JsonObject summary(Receipt r) {
        return base(r).build();
    }

    private static JsonObjectBuilder base(Receipt r) {
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("id", r.id().toString())
                        .add("status", r.status().name())
                        .add("channel", r.channel().name());
        r.country()
                .ifPresentOrElse(c -> json.add("country", c.iso3()), () -> json.addNull("country"));
        json.add("fileName", r.fileName());
        if (r.sha256() == null) {
            json.addNull("sha256");
        } else {
            json.add("sha256", r.sha256());
        }
        json.add("receivedAt", DateTimeFormatter.ISO_INSTANT.format(r.receivedAt()))
                .add("uploader", r.uploader())
                .add("mode", r.mode());
        r.format().ifPresent(f -> json.add("format", f));
        r.duplicateOf().ifPresent(d -> json.add("duplicateOf", d.toString()));
        if (r.dryRun()) {
            json.add("dryRun", true);
        }
        r.node().ifPresent(n -> json.add("node", n));
        var c = r.counts();
        return json.add(
                "counts",
                JSON.createObjectBuilder()
                        .add("rows", c.rows())
                        .add("observations", c.observations())
                        .add("errors", c.errors())
                        .add("warnings", c.warnings()));
    }

    /** The same in sentences, one problem a line: the .txt receipt. */
    public static String text(Receipt r) {
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
