package org.thbhub.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * One printed table cell, decided once for every format: the text a reader sees ("12,345p",
 * "&lt;5", "c"), and the number behind it only where a number may be published.
 *
 * @param kind what the value is; it picks the number format
 * @param number the publishable number, {@code null} for suppressed, missing or text values
 * @param marker the flags after the number ("p", "e", "b", "*") or the suppression marker
 * @param text what the reader sees (in English)
 * @param suffix words printed after the number and its marker ("(4)": of how many States)
 */
public record ReportValue(Kind kind, Double number, String marker, String text, String suffix) {

    /** What a value is, and how its number is written. */
    public enum Kind {
        COUNT("#,##0"),
        PERCENT("0.0"),
        POINTS("+0.0;-0.0"),
        CHANGE("+0.0;-0.0"),
        RATIO("0.00"),
        RATE("#,##0.00"),
        TEXT(""),
        SUPPRESSED(""),
        MISSING("");

        private final String pattern;

        Kind(String pattern) {
            this.pattern = pattern;
        }

        /** A {@link DecimalFormat} pattern, also valid as an Excel number format. */
        public String pattern() {
            return pattern;
        }

        public boolean numeric() {
            return !pattern.isEmpty();
        }
    }

    /** Printed where nothing was reported. */
    public static final String NOT_REPORTED = "..";

    /** Printed after a total that leaves out suppressed parts. */
    public static final String PARTIAL = "*";

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.UK);

    public ReportValue(Kind kind, Double number, String marker, String text) {
        this(kind, number, marker, text, "");
    }

    public ReportValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(suffix, "suffix");
        if (number != null && !kind.numeric()) {
            throw new IllegalArgumentException(kind + " carries no number");
        }
    }

    public static ReportValue text(String text) {
        return new ReportValue(Kind.TEXT, null, "", text == null ? "" : text);
    }

    public static ReportValue missing() {
        return new ReportValue(Kind.MISSING, null, "", NOT_REPORTED);
    }

    /** A count from a cell: the only way a {@link Cell} becomes text. */
    public static ReportValue count(Cell cell) {
        return number(Kind.COUNT, cell, cell.isPrintable() ? cell.value().doubleValue() : null);
    }

    /**
     * A number derived from cells (a share, a rate, a change): printed only if every cell it comes
     * from may be; it carries their flags, and is marked partial if one of them is.
     */
    public static ReportValue derived(Kind kind, Double number, Cell... sources) {
        Cell worst = null;
        StringBuilder flags = new StringBuilder();
        boolean partial = false;
        for (Cell source : sources) {
            if (source.isSuppressed() && worst == null) {
                worst = source;
            }
            if (source.isMissing()) {
                return missing();
            }
            partial |= source.partial();
            for (ObsStatus flag : source.flags()) {
                if (flags.indexOf(flag.suffix()) < 0) {
                    flags.append(flag.suffix());
                }
            }
        }
        if (worst != null) {
            return suppressed(worst);
        }
        if (number == null || number.isNaN() || number.isInfinite()) {
            return missing();
        }
        String marker = flags + (partial ? PARTIAL : "");
        return new ReportValue(kind, number, marker, format(kind, number) + marker);
    }

    private static ReportValue number(Kind kind, Cell cell, Double number) {
        if (cell.isSuppressed()) {
            return suppressed(cell);
        }
        if (cell.isMissing() || number == null) {
            return missing();
        }
        return derived(kind, number, cell);
    }

    private static ReportValue suppressed(Cell cell) {
        String marker = cell.suppressionMarker();
        return new ReportValue(Kind.SUPPRESSED, null, marker, marker);
    }

    public static String format(Kind kind, double number) {
        return new DecimalFormat(kind.pattern(), SYMBOLS).format(number);
    }

    public boolean isSuppressed() {
        return kind == Kind.SUPPRESSED;
    }

    /** The value with a sign after it (as a flag is written): "3i". Not reported stays "..". */
    public ReportValue marked(String sign) {
        if (kind == Kind.MISSING) {
            return this;
        }
        if (number == null) {
            return new ReportValue(kind, null, marker + sign, text + sign, suffix);
        }
        return new ReportValue(
                kind, number, marker + sign, format(kind, number) + marker + sign + suffix, suffix);
    }

    /** The value with words after its text ("+12.3 (4)"), its marker and number unchanged. */
    public ReportValue withSuffix(String words) {
        return new ReportValue(kind, number, marker, text + words, suffix + words);
    }

    /**
     * The text in a language: numbers written the language's way, then the marker and any suffix.
     */
    public String text(Texts texts) {
        if (number == null || texts.language().equals("en")) {
            return text;
        }
        return texts.number(kind, number) + marker + suffix;
    }
}
