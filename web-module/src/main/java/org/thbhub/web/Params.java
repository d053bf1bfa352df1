package org.thbhub.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.thbhub.common.InvalidRequestException;
import org.thbhub.reference.CountryCode;

/** Query parameters parsed into values, or a 400 that names the parameter and says why. */
public final class Params {

    private Params() {}

    public static Optional<CountryCode> country(String name, String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        if (!CountryCode.isWellFormed(value)) {
            throw new InvalidRequestException(
                    name, name + " must be an ISO 3166-1 alpha-3 code such as AUT, not " + value);
        }
        return Optional.of(CountryCode.of(value));
    }

    /** A whole number; one too large for an int is refused as such, not as "not a number". */
    public static Optional<Integer> integer(String name, String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    name,
                    text.matches("[+-]?[0-9]+")
                            ? name + " is out of range: " + value
                            : name + " must be a whole number, not " + value);
        }
    }

    public static <E extends Enum<E>> Optional<E> enumValue(
            String name, String value, Class<E> type) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    name,
                    name
                            + " must be one of "
                            + java.util.Arrays.toString(type.getEnumConstants())
                            + ", not "
                            + value);
        }
    }

    public static Optional<LocalDate> date(String name, String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    name, name + " must be a date such as 2026-01-31, not " + value);
        }
    }

    /** A date-time with its offset ("2026-01-31T12:00:00Z"), or a date meaning its start (UTC). */
    public static Optional<Instant> instant(String name, String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notADateTime) {
            try {
                return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(
                        name,
                        name
                                + " must be an ISO-8601 date-time such as 2026-01-31T12:00:00Z, not "
                                + value);
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
