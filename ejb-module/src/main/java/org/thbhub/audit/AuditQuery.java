package org.thbhub.audit;

import java.time.Instant;
import java.util.Optional;

/** Filters of GET /audit; every one optional. */
public record AuditQuery(
        Optional<String> actor,
        Optional<AuditAction> action,
        Optional<Instant> from,
        Optional<Instant> to) {}
