package org.thbhub.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thbhub.common.Page;
import org.thbhub.common.PageRequest;
import org.thbhub.common.SafeText;

/** The audit log: written by every feature, read by administrators. */
@Stateless
public class AuditLog {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "thb")
    private EntityManager em;

    /**
     * Records an event in its own transaction: a denied request or a rejected file rolls its own
     * work back, and the audit line must survive that.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(
            String actor, AuditAction action, String target, AuditOutcome outcome, String detail) {
        em.persist(
                new AuditEvent(
                        Instant.now(clock),
                        clip(SafeText.escape(actor), ACTOR_LENGTH),
                        action,
                        clip(SafeText.escape(target), TARGET_LENGTH),
                        outcome,
                        clip(SafeText.escape(detail), DETAIL_LENGTH)));
    }

    /** The columns' lengths: a long name or path must not lose its audit line. */
    private static final int ACTOR_LENGTH = 128;

    private static final int TARGET_LENGTH = 512;
    private static final int DETAIL_LENGTH = 2000;

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** Newest first. */
    public Page<AuditEvent> find(AuditQuery query, PageRequest page) {
        var where = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        query.actor().ifPresent(a -> add(where, params, "e.actor = :actor", "actor", a));
        query.action().ifPresent(a -> add(where, params, "e.action = :action", "action", a));
        query.from().ifPresent(f -> add(where, params, "e.occurredAt >= :from", "from", f));
        query.to().ifPresent(t -> add(where, params, "e.occurredAt < :to", "to", t));
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);

        TypedQuery<AuditEvent> items =
                em.createQuery(
                        "select e from AuditEvent e"
                                + condition
                                + " order by e.occurredAt desc, e.id",
                        AuditEvent.class);
        TypedQuery<Long> count =
                em.createQuery("select count(e) from AuditEvent e" + condition, Long.class);
        params.forEach(
                (name, value) -> {
                    items.setParameter(name, value);
                    count.setParameter(name, value);
                });
        List<AuditEvent> found =
                items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, page.page(), page.size(), count.getSingleResult());
    }

    private static void add(
            List<String> where,
            Map<String, Object> params,
            String clause,
            String name,
            Object value) {
        where.add(clause);
        params.put(name, value);
    }
}
