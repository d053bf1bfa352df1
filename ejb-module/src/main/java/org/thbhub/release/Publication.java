package org.thbhub.release;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.Submission;

/**
 * One release of a country x year: the vintages current when it was published (linked in
 * published_observation and published_policy) are public from {@code releaseAt} on, until a later
 * publication of the same year is released. Immutable.
 */
@Entity
@Table(name = "publication")
public class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = Submission.CountryCodeConverter.class)
    @Column(name = "country_iso3", nullable = false)
    private CountryCode country;

    @Column(name = "time_period", nullable = false)
    private int year;

    @Column(name = "release_at", nullable = false)
    private Instant releaseAt;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    protected Publication() {}

    Publication(
            CountryCode country,
            ReportingYear year,
            Instant releaseAt,
            Instant publishedAt,
            String publishedBy) {
        this.country = Objects.requireNonNull(country, "country");
        this.year = year.value();
        this.releaseAt = Objects.requireNonNull(releaseAt, "releaseAt");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy");
    }

    long id() {
        return id;
    }
}
