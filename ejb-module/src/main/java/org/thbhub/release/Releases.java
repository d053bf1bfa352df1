package org.thbhub.release;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;
import org.thbhub.access.Scope;
import org.thbhub.audit.AuditAction;
import org.thbhub.audit.AuditLog;
import org.thbhub.audit.AuditOutcome;
import org.thbhub.common.ConflictException;
import org.thbhub.common.ForbiddenException;
import org.thbhub.common.NotFoundException;
import org.thbhub.common.Page;
import org.thbhub.common.PageRequest;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.SubmissionId;

/**
 * Review and release of country x reporting years (design.md section 12): the steps people take,
 * the scoped list, and the hook by which an accepted file creates or reopens years.
 *
 * <p>Everything that changes a country's rounds first locks that country's row of release_lock, so
 * a step and an accepted file of the same country wait for each other instead of racing.
 */
@Stateless
public class Releases {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "thb")
    private EntityManager em;

    @EJB AuditLog audit;

    /** Scoped: another country's years are never listed, not even counted. */
    public Page<ReleaseView> find(Caller caller, ReleaseQuery query, PageRequest page) {
        Optional<Scope> scope = caller.scope().narrow(query.country());
        if (scope.isEmpty() || (!scope.get().all() && scope.get().only().isEmpty())) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        scope.get()
                .only()
                .ifPresent(
                        c -> {
                            where.add("r.country = :country");
                            params.put("country", c);
                        });
        query.year()
                .ifPresent(
                        y -> {
                            where.add("r.year = :year");
                            params.put("year", y.value());
                        });
        query.state()
                .ifPresent(
                        s -> {
                            where.add("r.state = :state");
                            params.put("state", s);
                        });
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<Release> items =
                em.createQuery(
                        "select r from Release r" + condition + " order by r.country, r.year desc",
                        Release.class);
        TypedQuery<Long> count =
                em.createQuery("select count(r) from Release r" + condition, Long.class);
        params.forEach(
                (name, value) -> {
                    items.setParameter(name, value);
                    count.setParameter(name, value);
                });
        List<ReleaseView> found =
                items
                        .setFirstResult(page.offset())
                        .setMaxResults(page.size())
                        .getResultList()
                        .stream()
                        .map(ReleaseView::of)
                        .toList();
        return new Page<>(found, page.page(), page.size(), count.getSingleResult());
    }

    /** One country x year, or not found (also when the caller may not see the country). */
    public ReleaseView get(Caller caller, CountryCode country, ReportingYear year) {
        if (!caller.maySee(country)) {
            throw notFound(country, year);
        }
        return ReleaseView.of(load(country, year));
    }

    /** The rapporteur declares the year complete: their own country only. */
    public ReleaseView submit(
            Caller caller, CountryCode country, ReportingYear year, Optional<String> comment) {
        return step(
                caller,
                Role.RAPPORTEUR,
                ReleaseState.Step.SUBMIT,
                country,
                year,
                comment,
                (r, at) -> r.submit(caller.name(), at, comment.orElse(null)));
    }

    public ReleaseView approve(
            Caller caller, CountryCode country, ReportingYear year, Optional<String> comment) {
        return step(
                caller,
                Role.ANALYST,
                ReleaseState.Step.APPROVE,
                country,
                year,
                comment,
                (r, at) -> r.approve(caller.name(), at, comment.orElse(null)));
    }

    public ReleaseView returnToRapporteur(
            Caller caller, CountryCode country, ReportingYear year, String comment) {
        return step(
                caller,
                Role.ANALYST,
                ReleaseState.Step.RETURN,
                country,
                year,
                Optional.ofNullable(comment),
                (r, at) -> r.returnToRapporteur(caller.name(), at, comment));
    }

    /**
     * Releases the year from {@code releaseAt} on. The values current now (both structures) are
     * what is released: linked to the publication by id, they stay its values whatever comes later.
     */
    public ReleaseView publish(
            Caller caller,
            CountryCode country,
            ReportingYear year,
            Instant releaseAt,
            Optional<String> comment) {
        return step(
                caller,
                Role.ANALYST,
                ReleaseState.Step.PUBLISH,
                country,
                year,
                comment,
                (r, at) -> {
                    r.publish(caller.name(), at, releaseAt, comment.orElse(null));
                    Publication publication =
                            new Publication(country, year, releaseAt, at, caller.name());
                    em.persist(publication);
                    em.flush();
                    link(publication, country, year);
                });
    }

    private interface Change {
        void apply(Release release, Instant at);
    }

    private ReleaseView step(
            Caller caller,
            Role role,
            ReleaseState.Step step,
            CountryCode country,
            ReportingYear year,
            Optional<String> comment,
            Change change) {
        if (!caller.has(role)) {
            throw new ForbiddenException(
                    "Only the " + role.realmName() + " role may " + step.pathName() + " a year.");
        }
        if (!caller.maySee(country)) {
            throw notFound(country, year);
        }
        lock(List.of(country));
        Release release = load(country, year);
        Instant at = Instant.now(clock);
        try {
            change.apply(release, at);
        } catch (ConflictException refused) {
            audit.record(
                    caller.name(),
                    AuditAction.RELEASE,
                    target(country, year),
                    AuditOutcome.FAILURE,
                    step.pathName() + " refused: " + refused.getMessage());
            throw refused;
        }
        em.flush();
        audit.record(
                caller.name(),
                AuditAction.RELEASE,
                target(country, year),
                AuditOutcome.SUCCESS,
                step.pathName()
                        + " -> "
                        + release.state()
                        + release.releaseAt().map(t -> " from " + t).orElse("")
                        + comment.filter(c -> !c.isBlank()).map(c -> ": " + c).orElse(""));
        return ReleaseView.of(release);
    }

    /**
     * Called in the transaction of an accepted file, after its values were stored: every country x
     * year the file added, revised or withdrew values of comes into being as RECEIVED, or, if it
     * was SUBMITTED, APPROVED, RETURNED or PUBLISHED, opens a new round from RECEIVED (the
     * published vintage stays public).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void dataAccepted(SubmissionId submission, String actor, Instant at) {
        Map<CountryCode, Set<Integer>> touched = touched(submission, at);
        if (touched.isEmpty()) {
            return;
        }
        lock(touched.keySet());
        Map<CountryCode, Map<Integer, Release>> existing = new HashMap<>();
        for (Release r :
                em.createQuery("select r from Release r where r.country in :c", Release.class)
                        .setParameter("c", touched.keySet())
                        .getResultList()) {
            existing.computeIfAbsent(r.country(), c -> new HashMap<>()).put(r.year().value(), r);
        }
        for (var entry : touched.entrySet()) {
            CountryCode country = entry.getKey();
            for (int year : entry.getValue()) {
                Release round = existing.getOrDefault(country, Map.of()).get(year);
                if (round == null) {
                    em.persist(
                            Release.received(
                                    country,
                                    ReportingYear.of(year),
                                    actor,
                                    at,
                                    "submission " + submission));
                } else {
                    ReleaseState before = round.state();
                    if (round.reopen(actor, at, "revised by submission " + submission)) {
                        audit.record(
                                actor,
                                AuditAction.RELEASE,
                                target(country, ReportingYear.of(year)),
                                AuditOutcome.SUCCESS,
                                before + " -> RECEIVED: revised by submission " + submission);
                    }
                }
            }
        }
        em.flush();
    }

    /**
     * The country x years whose values the submission brought or closed. A value it closed has
     * valid_to = the time it was applied; within a millisecond of that another file may have closed
     * one too, which reopens that year anyway, so the window does no harm.
     */
    private Map<CountryCode, Set<Integer>> touched(SubmissionId submission, Instant at) {
        Timestamp from = Timestamp.from(at.minusMillis(1));
        Timestamp to = Timestamp.from(at.plusMillis(1));
        List<?> rows =
                em.createNativeQuery(
                                "select ref_area, time_period from observation where submission_id = ?1"
                                        + " union select ref_area, time_period from observation"
                                        + " where valid_to between ?2 and ?3"
                                        + " union select ref_area, time_period from policy_status"
                                        + " where submission_id = ?1"
                                        + " union select ref_area, time_period from policy_status"
                                        + " where valid_to between ?2 and ?3")
                        .setParameter(1, submission.value())
                        .setParameter(2, from)
                        .setParameter(3, to)
                        .getResultList();
        Map<CountryCode, Set<Integer>> touched = new TreeMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            touched.computeIfAbsent(CountryCode.of(r[0].toString()), c -> new TreeSet<>())
                    .add(((Number) r[1]).intValue());
        }
        return touched;
    }

    private void lock(Collection<CountryCode> countries) {
        em.createNativeQuery(
                        "select country_iso3 from release_lock where country_iso3 in (:c)"
                                + " order by country_iso3 for update")
                .setParameter("c", countries.stream().map(CountryCode::iso3).sorted().toList())
                .getResultList();
    }

    private void link(Publication publication, CountryCode country, ReportingYear year) {
        em.createNativeQuery(
                        "insert into published_observation (publication_id, observation_id)"
                                + " select ?1, o.id from observation o where o.current_key is not null"
                                + " and o.ref_area = ?2 and o.time_period = ?3")
                .setParameter(1, publication.id())
                .setParameter(2, country.iso3())
                .setParameter(3, year.value())
                .executeUpdate();
        em.createNativeQuery(
                        "insert into published_policy (publication_id, policy_status_id)"
                                + " select ?1, p.id from policy_status p where p.current_key is not null"
                                + " and p.ref_area = ?2 and p.time_period = ?3")
                .setParameter(1, publication.id())
                .setParameter(2, country.iso3())
                .setParameter(3, year.value())
                .executeUpdate();
    }

    private Release load(CountryCode country, ReportingYear year) {
        return em.createQuery(
                        "select r from Release r where r.country = :c and r.year = :y",
                        Release.class)
                .setParameter("c", country)
                .setParameter("y", year.value())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> notFound(country, year));
    }

    private static NotFoundException notFound(CountryCode country, ReportingYear year) {
        return new NotFoundException("release of " + country + " " + year);
    }

    private static String target(CountryCode country, ReportingYear year) {
        return "release " + country + " " + year;
    }
}
