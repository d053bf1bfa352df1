package org.thbhub.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two SDMX structures THB Hub accepts, with their columns. Which columns a structure has is the
 * SDMX contract (design.md section 3), unlike the codes inside them, which are data.
 */
public enum Structure {
    THB_STAT(
            List.of(
                    "REF_AREA",
                    "INDICATOR",
                    "SEX",
                    "AGE",
                    "CITIZEN",
                    "EXPL",
                    "RECRUIT",
                    "TIME_PERIOD",
                    "OBS_VALUE",
                    "OBS_STATUS",
                    "CONF_STATUS",
                    "COMMENT"),
            List.of("REF_AREA", "INDICATOR", "TIME_PERIOD", "OBS_VALUE")),
    THB_POLICY(
            List.of(
                    "REF_AREA",
                    "POLICY_ITEM",
                    "TIME_PERIOD",
                    "STATUS",
                    "LEGAL_REF",
                    "SOURCE_URL",
                    "COMMENT"),
            List.of("REF_AREA", "POLICY_ITEM", "TIME_PERIOD", "STATUS"));

    public static final String AGENCY = "THB";
    public static final String VERSION = "1.0";

    // THB:THB_STAT(1.0), also inside a URN such as
    // urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=THB:THB_STAT(1.0)
    private static final Pattern REFERENCE =
            Pattern.compile("(?:^|[=:])\\s*([A-Za-z0-9_.-]+):([A-Za-z0-9_]+)\\(([0-9.]+)\\)\\s*$");

    private final List<String> columns;
    private final List<String> requiredColumns;

    Structure(List<String> columns, List<String> requiredColumns) {
        this.columns = columns;
        this.requiredColumns = requiredColumns;
    }

    /** Data columns in the canonical order (without STRUCTURE, STRUCTURE_ID, ACTION). */
    public List<String> columns() {
        return columns;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** "THB:THB_STAT(1.0)". */
    public String reference() {
        return AGENCY + ":" + name() + "(" + VERSION + ")";
    }

    /** A reference "THB:THB_STAT(1.0)" or a URN ending in it; anything else is empty. */
    public static Optional<Structure> fromReference(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(text.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        return of(m.group(1), m.group(2), m.group(3));
    }

    /** By the parts of a reference, as in an SDMX-ML {@code Ref agencyID id version}. */
    public static Optional<Structure> of(String agency, String id, String version) {
        if (!AGENCY.equalsIgnoreCase(strip(agency)) || !VERSION.equals(strip(version))) {
            return Optional.empty();
        }
        for (Structure s : values()) {
            if (s.name().equalsIgnoreCase(strip(id))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** SDMX-CSV 2.0 STRUCTURE column: both kinds name the same structure here. */
    public static boolean isStructureKind(String text) {
        String t = strip(text).toLowerCase(Locale.ROOT);
        return t.equals("dataflow") || t.equals("datastructure");
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
