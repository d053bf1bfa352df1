package org.thbhub.release;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.thbhub.common.InvalidRequestException;

/** A reporting year of design.md section 3: a calendar year from 1980 to the current year. */
public record ReportingYear(int value) implements Comparable<ReportingYear> {

    public static final int FIRST = 1980;

    public ReportingYear {
        int current = LocalDate.now(Clock.systemUTC().withZone(ZoneOffset.UTC)).getYear();
        if (value < FIRST || value > current) {
            throw new InvalidRequestException(
                    "year",
                    "a reporting year lies between "
                            + FIRST
                            + " and "
                            + current
                            + ", not "
                            + value);
        }
    }

    public static ReportingYear of(int value) {
        return new ReportingYear(value);
    }

    @Override
    public int compareTo(ReportingYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
