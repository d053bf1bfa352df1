package org.thbhub.release;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.thbhub.common.ConflictException;
import org.thbhub.common.InvalidRequestException;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.Submission;

/**
 * The review and release of one country x reporting year. The aggregate guards its state: a step is
 * taken only from a state that allows it ({@link ReleaseState.Step}), anything else is a conflict;
 * every change appends to its history.
 */
@Entity
@Table(name = "release_round")
public class Release {

    @Id private UUID id;

    @Convert(converter = Submission.CountryCodeConverter.class)
    @Column(name = "country_iso3", nullable = false)
    private CountryCode country;

    @Column(name = "time_period", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReleaseState state;

    /** The release time of the current round, while it is PUBLISHED. */
    @Column(name = "release_at")
    private Instant releaseAt;

    /** The release time of the latest publication: what the public sees (or will, from then). */
    @Column(name = "published_release_at")
    private Instant publishedReleaseAt;

    @ElementCollection
    @CollectionTable(name = "release_step", joinColumns = @JoinColumn(name = "release_id"))
    @OrderColumn(name = "seq")
    private List<ReleaseStep> history = new ArrayList<>();

    protected Release() {}

    /** A country x year comes into being with its first accepted data. */
    public static Release received(
            CountryCode country, ReportingYear year, String actor, Instant at, String comment) {
        Release release = new Release();
        release.id = UUID.randomUUID();
        release.country = Objects.requireNonNull(country, "country");
        release.year = year.value();
        release.state = ReleaseState.RECEIVED;
        release.history.add(new ReleaseStep(ReleaseState.RECEIVED, actor, at, comment));
        return release;
    }

    public void submit(String actor, Instant at, String comment) {
        take(ReleaseState.Step.SUBMIT, actor, at, comment);
    }

    public void approve(String actor, Instant at, String comment) {
        take(ReleaseState.Step.APPROVE, actor, at, comment);
    }

    /** Sends the year back to the rapporteur; the comment says why and is required. */
    public void returnToRapporteur(String actor, Instant at, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidRequestException(
                    "comment", "returning a year needs a comment that says what to fix");
        }
        take(ReleaseState.Step.RETURN, actor, at, comment);
    }

    /** Releases the year: public from {@code releaseAt} (which may be in the past) on. */
    public void publish(String actor, Instant at, Instant releaseAt, String comment) {
        Objects.requireNonNull(releaseAt, "releaseAt");
        take(ReleaseState.Step.PUBLISH, actor, at, comment);
        this.releaseAt = releaseAt;
        this.publishedReleaseAt = releaseAt;
    }

    /**
     * An accepted change of the year's data opens a new round: SUBMITTED, APPROVED, RETURNED and
     * PUBLISHED go back to RECEIVED (a publication stays public as it was). Answers whether it
     * changed anything.
     */
    public boolean reopen(String actor, Instant at, String comment) {
        if (!state.reopensOnChange()) {
            return false;
        }
        state = ReleaseState.RECEIVED;
        releaseAt = null;
        history.add(new ReleaseStep(ReleaseState.RECEIVED, actor, at, comment));
        return true;
    }

    private void take(ReleaseState.Step step, String actor, Instant at, String comment) {
        if (!step.allowedFrom(state)) {
            throw new ConflictException(
                    "%s %d is %s: %s needs it to be %s"
                            .formatted(country, year, state, step.pathName(), step.from()));
        }
        state = step.target();
        history.add(new ReleaseStep(state, actor, at, comment));
    }

    public CountryCode country() {
        return country;
    }

    public ReportingYear year() {
        return ReportingYear.of(year);
    }

    public ReleaseState state() {
        return state;
    }

    public Optional<Instant> releaseAt() {
        return Optional.ofNullable(releaseAt);
    }

    public Optional<Instant> publishedReleaseAt() {
        return Optional.ofNullable(publishedReleaseAt);
    }

    public List<ReleaseStep> history() {
        return List.copyOf(history);
    }
}
