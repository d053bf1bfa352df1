package org.thbhub.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a report in one language: every heading, sentence, note and legend comes from the
 * resource bundle {@code org/thbhub/report/texts} ({@code texts_ru.properties} and so on, UTF-8),
 * and numbers and dates are written the language's way. Another language is another bundle: its
 * plural forms are named by {@code plural.rule} (one of {@link PluralRule}).
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ...: replaced by the arguments as given (numbers
 * formatted by the caller, so that a count and a percentage each get their own format); no other
 * character is special, so apostrophes need no escaping.
 */
public final class Texts {

    static final String BUNDLE = "org.thbhub.report.texts";

    private static final ConcurrentHashMap<String, Texts> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final PluralRule plural;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    private Texts(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.bundle =
                ResourceBundle.getBundle(
                        BUNDLE,
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(
                                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.plural = PluralRule.valueOf(bundle.getString("plural.rule").toUpperCase(Locale.ROOT));
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        this.dateTime =
                DateTimeFormatter.ofPattern(bundle.getString("format.dateTime"), locale)
                        .withZone(ZoneOffset.UTC);
        this.date =
                DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale)
                        .withZone(ZoneOffset.UTC);
    }

    /** The texts of a language; a language without a bundle gets English. */
    public static Texts of(String language) {
        String lang = language == null || language.isBlank() ? "en" : language.strip();
        return CACHE.computeIfAbsent(
                lang,
                l -> {
                    try {
                        Texts texts = new Texts(l);
                        return texts.language().equals(texts.bundleLanguage()) ? texts : english();
                    } catch (MissingResourceException noBundle) {
                        return english();
                    }
                });
    }

    public static Texts english() {
        return CACHE.computeIfAbsent("en", Texts::new);
    }

    /** The language code: "en", "ru". */
    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    private String bundleLanguage() {
        String own = bundle.getLocale().getLanguage();
        return own.isEmpty() ? "en" : own;
    }

    /** The text of a key with its placeholders filled. */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException(
                    "no text " + key + " in " + BUNDLE + " for " + language, e);
        }
        return fill(text, args);
    }

    /** Whether the bundle has a key (optional texts, such as a section's hint). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text of a key in the plural form of {@code n}: {@code key.one}, {@code key.few}, {@code
     * key.many} or {@code key.other} as the language's rule says; {@code {n}} is the count,
     * formatted.
     */
    public String plural(String key, long n, Object... args) {
        String form = key + "." + plural.form(n);
        String text = has(form) ? get(form, args) : get(key + ".other", args);
        return text.replace("{n}", count(n));
    }

    static String fill(String text, Object... args) {
        if (args.length == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3) {
                String index = text.substring(i + 1, close);
                if (index.chars().allMatch(Character::isDigit)) {
                    int n = Integer.parseInt(index);
                    if (n < args.length) {
                        out.append(args[n]);
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    // ---- numbers and dates -------------------------------------------------------------------

    /** A number as a value of a kind is printed: "12,345" in English, "12 345" in Russian. */
    public String number(ReportValue.Kind kind, double value) {
        return new DecimalFormat(kind.pattern(), symbols).format(value);
    }

    public String count(long value) {
        return number(ReportValue.Kind.COUNT, value);
    }

    /** A whole percentage, without the sign: "18". */
    public String wholePercent(double value) {
        return count(Math.round(Math.abs(value)));
    }

    public String ratio(double value) {
        return number(ReportValue.Kind.RATIO, value);
    }

    public String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    public String date(Instant instant) {
        return date.format(instant);
    }

    /** "2015–2020". */
    public String range(int from, int to) {
        return from == to ? String.valueOf(from) : from + "\u2013" + to;
    }

    public String range(List<Integer> years) {
        return range(years.get(0), years.get(years.size() - 1));
    }

    /** "A, B and C": the language's list. */
    public String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(get("list.separator"), items.subList(0, items.size() - 1))
                + get("list.last")
                + items.get(items.size() - 1);
    }

    /** A label inside a sentence: lower case in the language's way. */
    public String phrase(String label) {
        return label.toLowerCase(locale);
    }

    /** A phrase as the start of a sentence. */
    public String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    @Override
    public String toString() {
        return "Texts[" + language + "]";
    }

    /** Plural forms (CLDR cardinal rules for whole numbers) of the languages THB Hub may speak. */
    public enum PluralRule {
        /** English, German, Italian, Spanish: one, other. */
        ONE_OTHER,
        /** French: 0 and 1 are one. */
        ZERO_ONE_OTHER,
        /** Russian, Ukrainian: one (1, 21, 31...), few (2-4, 22-24...), many. */
        SLAVIC;

        String form(long n) {
            long abs = Math.abs(n);
            return switch (this) {
                case ONE_OTHER -> abs == 1 ? "one" : "other";
                case ZERO_ONE_OTHER -> abs < 2 ? "one" : "other";
                case SLAVIC -> {
                    long mod10 = abs % 10;
                    long mod100 = abs % 100;
                    if (mod10 == 1 && mod100 != 11) {
                        yield "one";
                    }
                    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
                        yield "few";
                    }
                    yield "many";
                }
            };
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Texts t && t.language.equals(language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language);
    }
}
