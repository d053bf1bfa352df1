package org.thbhub.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One line of the audit log: who did what to what, when (UTC), and how it ended. Immutable. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    static final int MAX_TARGET = 512;
    static final int MAX_DETAIL = 2000;

    @Id private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditOutcome outcome;

    private String detail;

    /** The node that wrote the line (THB_NODE_NAME). */
    private String node;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            String actor,
            AuditAction action,
            String target,
            AuditOutcome outcome,
            String detail) {
        this.id = UUID.randomUUID();
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.target = clip(target, MAX_TARGET);
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.detail = clip(detail, MAX_DETAIL);
        this.node = org.thbhub.node.NodeName.current();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The node that wrote it; empty for lines written before nodes were named. */
    public java.util.Optional<String> node() {
        return java.util.Optional.ofNullable(node);
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String target() {
        return target;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }
}
