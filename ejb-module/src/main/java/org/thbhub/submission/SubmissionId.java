package org.thbhub.submission;

import java.util.Objects;
import java.util.UUID;

/** A submission's id: a random UUID, so ids say nothing about other countries' volumes. */
public record SubmissionId(UUID value) {

    public SubmissionId {
        Objects.requireNonNull(value, "value");
    }

    public static SubmissionId random() {
        return new SubmissionId(UUID.randomUUID());
    }

    /** Parses the text form; anything that is not a UUID is simply not an id we know. */
    public static java.util.Optional<SubmissionId> parse(String text) {
        try {
            return java.util.Optional.of(new SubmissionId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
