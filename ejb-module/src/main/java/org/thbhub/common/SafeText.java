package org.thbhub.common;

/**
 * Text from a file or a file name made safe to show: control characters (C0, DEL, C1) and line and
 * paragraph separators are escaped ({@code \n}, {@code \u0000}), so a name can neither forge a log
 * line nor a receipt line; a quoted value is cut to a short prefix, so a hostile value cannot blow
 * up a report.
 */
public final class SafeText {

    /** How much of a value a problem message quotes. */
    public static final int QUOTE_LIMIT = 60;

    private SafeText() {}

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = escaped(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** At most {@link #QUOTE_LIMIT} characters of the value, escaped, "…" where it was cut. */
    public static String quote(String text) {
        if (text == null) {
            return null;
        }
        String prefix = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) : text;
        if (prefix.length() > 0 && Character.isHighSurrogate(prefix.charAt(prefix.length() - 1))) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return escape(prefix) + (prefix.length() < text.length() ? "…" : "");
    }

    /** Whether the text holds a character {@link #escape} would escape. */
    public static boolean hasControlCharacter(String text, boolean allowLineBreaksAndTabs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (allowLineBreaksAndTabs && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (escaped(c) != null) {
                return true;
            }
        }
        return false;
    }

    /** The first character {@link #hasControlCharacter} objects to, written as U+XXXX. */
    public static String firstControlCharacter(String text, boolean allowLineBreaksAndTabs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (allowLineBreaksAndTabs && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (escaped(c) != null) {
                return String.format("U+%04X", (int) c);
            }
        }
        return null;
    }

    private static String escaped(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                    return String.format("\\u%04x", (int) c);
                }
                return null;
        }
    }
}
