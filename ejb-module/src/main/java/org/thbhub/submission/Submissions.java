package org.thbhub.submission;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thbhub.access.Caller;
import org.thbhub.access.Scope;
import org.thbhub.common.NotFoundException;
import org.thbhub.common.Page;
import org.thbhub.common.PageRequest;

/** Reading submissions, always through the caller's scope. */
@Stateless
public class Submissions {

    @PersistenceContext(unitName = "thb")
    private EntityManager em;

    public Page<Submission> find(Caller caller, SubmissionQuery query, PageRequest page) {
        Optional<Scope> scope = caller.scope().narrow(query.country());
        if (scope.isEmpty() || scope.get().equals(Scope.NONE)) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        var where = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        scope.get()
                .only()
                .ifPresent(
                        c -> {
                            where.add("s.country = :country");
                            params.put("country", c);
                        });
        query.status()
                .ifPresent(
                        s -> {
                            where.add("s.status = :status");
                            params.put("status", s);
                        });
        query.from()
                .ifPresent(
                        d -> {
                            where.add("s.receivedAt >= :from");
                            params.put("from", d.atStartOfDay().toInstant(ZoneOffset.UTC));
                        });
        query.to()
                .ifPresent(
                        d -> {
                            where.add("s.receivedAt < :to");
                            params.put(
                                    "to", d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
                        });
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var items =
                em.createQuery(
                        "select s from Submission s"
                                + condition
                                + " order by s.receivedAt desc, s.id",
                        Submission.class);
        var count = em.createQuery("select count(s) from Submission s" + condition, Long.class);
        params.forEach(
                (k, v) -> {
                    items.setParameter(k, v);
                    count.setParameter(k, v);
                });
        return new Page<>(
                items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                page.page(),
                page.size(),
                count.getSingleResult());
    }

    /** A submission the caller may see; any other answers "not found", never "forbidden". */
    public Submission get(Caller caller, SubmissionId id) {
        Submission submission = em.find(Submission.class, id.value());
        if (submission == null || !visibleTo(caller, submission)) {
            throw new NotFoundException("submission " + id);
        }
        return submission;
    }

    private static boolean visibleTo(Caller caller, Submission submission) {
        return caller.seesAllCountries() || submission.country().map(caller::maySee).orElse(false);
    }
}
