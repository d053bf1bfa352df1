package org.thbhub.reference;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language an answer is given in: the one asked for by a {@code lang} parameter, else the
 * first of the request's {@code Accept-Language} that THB Hub has labels for, else English. The
 * languages are data (table {@code label_language}); this class only chooses among them.
 */
public final class Languages {

    /** The language of the seeded names, and of every label another language lacks. */
    public static final String ENGLISH = "en";

    private Languages() {}

    /**
     * The language to answer in.
     *
     * @param lang the {@code lang} parameter, or null: a language THB Hub has not got falls back to
     *     English (the request named one; a guess from its header would surprise it)
     * @param acceptLanguage the {@code Accept-Language} header, or null; a malformed header counts
     *     as absent
     * @param supported the language codes there are labels for (lower case)
     */
    public static String choose(String lang, String acceptLanguage, Collection<String> supported) {
        if (lang != null && !lang.isBlank()) {
            return primary(lang).filter(supported::contains).orElse(ENGLISH);
        }
        return fromHeader(acceptLanguage, supported).orElse(ENGLISH);
    }

    /** The best language of an {@code Accept-Language} header that is supported, if any. */
    static Optional<String> fromHeader(String header, Collection<String> supported) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            // sorted by weight, highest first
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            if (range.getRange().equals("*")) {
                return Optional.of(ENGLISH);
            }
            Optional<String> code = primary(range.getRange()).filter(supported::contains);
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    /** "ru-RU", "ru_RU", "RU" -> "ru": the primary language subtag, lower case. */
    static Optional<String> primary(String tag) {
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,8}") ? Optional.of(primary) : Optional.empty();
    }
}
