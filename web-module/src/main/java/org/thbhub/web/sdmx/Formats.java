package org.thbhub.web.sdmx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The data formats, chosen by {@code format=} or, failing that, by the Accept header. */
enum Formats {
    STRUCTURESPECIFICDATA("application/vnd.sdmx.structurespecificdata+xml;version=2.1", "2.1"),
    GENERICDATA("application/vnd.sdmx.genericdata+xml;version=2.1", "2.1"),
    CSV("application/vnd.sdmx.data+csv;version=1.0.0", "1"),
    JSONDATA("application/vnd.sdmx.data+json;version=1.0.0", "1");

    static final String STRUCTURE = "application/vnd.sdmx.structure+xml;version=2.1";

    private final String mediaType;
    private final String version;

    Formats(String mediaType, String version) {
        this.mediaType = mediaType;
        this.version = version;
    }

    String mediaType() {
        return mediaType;
    }

    static Formats choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            return switch (f) {
                case "structurespecificdata", "structurespecific" -> STRUCTURESPECIFICDATA;
                case "genericdata", "generic" -> GENERICDATA;
                case "csv", "sdmx-csv" -> CSV;
                case "jsondata", "json", "sdmx-json" -> JSONDATA;
                default ->
                        throw SdmxException.syntax(
                                "format must be structurespecificdata, genericdata, csv or"
                                        + " jsondata, not "
                                        + format);
            };
        }
        if (accept == null || accept.isBlank()) {
            return STRUCTURESPECIFICDATA;
        }
        for (Range range : ranges(accept)) {
            Optional<Formats> match = range.format();
            if (match.isPresent()) {
                return match.get();
            }
        }
        throw SdmxException.notAcceptable(
                "no format asked for in Accept is served: "
                        + accept
                        + "; served are "
                        + String.join(
                                ", ",
                                List.of(
                                        STRUCTURESPECIFICDATA.mediaType,
                                        GENERICDATA.mediaType,
                                        CSV.mediaType,
                                        JSONDATA.mediaType)));
    }

    /** Structures come as SDMX-ML 2.1 whatever XML the client asks for; anything else is 406. */
    static void checkStructureAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return;
        }
        for (Range range : ranges(accept)) {
            String t = range.type;
            if (t.equals("*/*")
                    || t.equals("application/*")
                    || t.equals("application/xml")
                    || t.equals("text/xml")
                    || t.equals("application/vnd.sdmx.structure+xml")) {
                return;
            }
        }
        throw SdmxException.notAcceptable(
                "structures are served as " + STRUCTURE + " only, not " + accept);
    }

    static String dimensionAtObservation(DataRequest request) {
        return request.observationDimension() == DataRequest.ALL_DIMENSIONS
                ? "AllDimensions"
                : request.flow().dimensionIds().get(request.observationDimension());
    }

    private record Range(String type, String version, double q, int order) {
        Optional<Formats> format() {
            Optional<Formats> f =
                    switch (type) {
                        case "application/vnd.sdmx.structurespecificdata+xml" ->
                                Optional.of(STRUCTURESPECIFICDATA);
                        case "application/vnd.sdmx.genericdata+xml" -> Optional.of(GENERICDATA);
                        case "application/vnd.sdmx.data+csv", "text/csv" -> Optional.of(CSV);
                        case "application/vnd.sdmx.data+json", "application/json" ->
                                Optional.of(JSONDATA);
                        case "application/xml", "text/xml", "*/*", "application/*" ->
                                Optional.of(STRUCTURESPECIFICDATA);
                        default -> Optional.empty();
                    };
            return f.filter(x -> version == null || version.startsWith(x.version));
        }
    }

    /** The media ranges of an Accept header, best first (by q, then as listed). */
    private static List<Range> ranges(String accept) {
        List<Range> ranges = new ArrayList<>();
        int order = 0;
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            String version = null;
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String[] kv = pieces[i].split("=", 2);
                if (kv.length == 2) {
                    String key = kv[0].strip().toLowerCase(Locale.ROOT);
                    String value = kv[1].strip().replace("\"", "");
                    if (key.equals("q")) {
                        try {
                            q = Double.parseDouble(value);
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    } else if (key.equals("version")) {
                        version = value;
                    }
                }
            }
            if (q > 0 && !type.isEmpty()) {
                ranges.add(new Range(type, version, q, order++));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order));
        return ranges;
    }
}
