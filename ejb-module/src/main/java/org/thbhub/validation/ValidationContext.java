package org.thbhub.validation;

import java.time.Clock;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.thbhub.reference.CountryCode;

/**
 * What a file is judged against besides the code lists.
 *
 * @param expectedCountry the only REF_AREA the file may carry (the uploader's country or the SFTP
 *     folder's); empty when any reporting country is allowed (analysts, the UNODC import)
 * @param currentYear the latest TIME_PERIOD accepted
 */
public record ValidationContext(
        Optional<CountryCode> expectedCountry, ImportKind kind, int currentYear) {

    public static final int FIRST_YEAR = 1980;

    public ValidationContext {
        Objects.requireNonNull(expectedCountry, "expectedCountry");
        Objects.requireNonNull(kind, "kind");
        if (currentYear < FIRST_YEAR) {
            throw new IllegalArgumentException("current year before " + FIRST_YEAR);
        }
    }

    public static ValidationContext national(CountryCode country, Clock clock) {
        return new ValidationContext(
                Optional.of(country), ImportKind.NATIONAL, Year.now(clock).getValue());
    }

    public static ValidationContext anyCountry(ImportKind kind, Clock clock) {
        return new ValidationContext(Optional.empty(), kind, Year.now(clock).getValue());
    }
}
