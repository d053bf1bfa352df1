package org.thbhub.ingest;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A THB_STAT row that passed the row checks, typed and normalised (alpha-3 REF_AREA, the reporting
 * State's own citizenship as NAT).
 *
 * @param ordinal the row's place among the file's observation rows, from 0; whole-file checks refer
 *     to rows by it
 * @param value empty when suppressed, missing, or withdrawn (ACTION D)
 * @param obsStatus OBS_STATUS code or empty
 * @param confStatus CONF_STATUS code or empty
 */
public record Observation(
        int ordinal,
        SourcePosition position,
        Action action,
        ObservationKey key,
        OptionalLong value,
        String obsStatus,
        String confStatus,
        String comment) {

    public Observation {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        obsStatus = obsStatus == null ? "" : obsStatus;
        confStatus = confStatus == null ? "" : confStatus;
        comment = comment == null ? "" : comment;
    }
}
