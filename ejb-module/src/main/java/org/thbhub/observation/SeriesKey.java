package org.thbhub.observation;

import org.thbhub.ingest.ObservationKey;
import org.thbhub.ingest.PolicyObservation;

/**
 * The text key of a series, as stored in {@code current_key}: the dimension codes joined by dots in
 * the order of design.md section 3, e.g. {@code AUT.VICT.F._T._T._T._T.2019}.
 */
public final class SeriesKey {

    private SeriesKey() {}

    public static String of(ObservationKey k) {
        return String.join(
                ".",
                k.refArea().iso3(),
                k.indicator(),
                k.sex(),
                k.age(),
                k.citizen(),
                k.expl(),
                k.recruit(),
                Integer.toString(k.year()));
    }

    public static String of(PolicyObservation p) {
        return String.join(".", p.refArea().iso3(), p.policyItem(), Integer.toString(p.year()));
    }
}
