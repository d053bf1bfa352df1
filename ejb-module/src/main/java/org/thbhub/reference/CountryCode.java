package org.thbhub.reference;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ISO 3166-1 alpha-3 country code, upper case ("AUT"). Whether the code names a country THB Hub
 * knows is a question for the reference data, not for this value.
 */
public record CountryCode(String iso3) implements Comparable<CountryCode> {

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    public CountryCode {
        Objects.requireNonNull(iso3, "iso3");
        if (!ALPHA3.matcher(iso3).matches()) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 code: " + iso3);
        }
    }

    /** Accepts any case and surrounding blanks: "aut", " AUT ". */
    public static CountryCode of(String text) {
        Objects.requireNonNull(text, "text");
        return new CountryCode(text.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isWellFormed(String text) {
        return text != null && ALPHA3.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public int compareTo(CountryCode other) {
        return iso3.compareTo(other.iso3);
    }

    @Override
    public String toString() {
        return iso3;
    }
}
