package org.thbhub.reference;

import java.util.Objects;

/**
 * A country of the reference data with its UN M49 sub-region (the default region grouping).
 *
 * @param m49 the three-digit UN M49 code, as a string: "040"
 */
public record Country(
        CountryCode iso3,
        String iso2,
        String m49,
        String name,
        OsceStatus osceStatus,
        Region region) {

    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(region, "region");
    }

    public boolean isParticipatingState() {
        return osceStatus == OsceStatus.PARTICIPATING;
    }
}
