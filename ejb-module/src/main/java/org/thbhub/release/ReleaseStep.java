package org.thbhub.release;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One step in the history of a country x year: the state it led to, who, when, why. Immutable. */
@Embeddable
public class ReleaseStep {

    static final int MAX_COMMENT = 2000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReleaseState state;

    @Column(nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    private String comment;

    protected ReleaseStep() {}

    ReleaseStep(ReleaseState state, String actor, Instant at, String comment) {
        this.state = Objects.requireNonNull(state, "state");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.at = Objects.requireNonNull(at, "at");
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new org.thbhub.common.InvalidRequestException(
                    "comment", "a comment has at most " + MAX_COMMENT + " characters");
        }
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public ReleaseState state() {
        return state;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }
}
