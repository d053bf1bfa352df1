package org.thbhub.web.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thbhub.access.Caller;
import org.thbhub.audit.AuditAction;
import org.thbhub.audit.AuditLog;
import org.thbhub.audit.AuditOutcome;
import org.thbhub.web.security.CurrentCaller;

/**
 * Writes the audit line of a request refused by a problem answer: who (the caller, or "anonymous"
 * when it was refused before anyone logged in), the method and path (which name the requested id),
 * the status and why. An audit that cannot be written (the database is down) is logged instead: it
 * must never turn the answer into another error.
 */
@RequestScoped
public class RefusalAudit {

    private static final Logger LOG = Logger.getLogger(RefusalAudit.class.getName());

    @Inject AuditLog audit;
    @Inject CurrentCaller caller;
    @Context HttpServletRequest request;

    public void record(AuditAction action, int status, String detail) {
        String actor = caller.find().map(Caller::name).orElse("anonymous");
        String target =
                request == null
                        ? "?"
                        : request.getMethod()
                                + " "
                                + request.getRequestURI()
                                + (request.getQueryString() == null
                                        ? ""
                                        : "?" + request.getQueryString());
        AuditOutcome outcome =
                action == AuditAction.SUBMISSION ? AuditOutcome.FAILURE : AuditOutcome.DENIED;
        try {
            audit.record(actor, action, target, outcome, status + " " + detail);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "could not audit " + status + " for " + actor + " on " + target,
                    e);
        }
    }

    /** Whether the refused request was an upload: its refusal is an upload outcome. */
    public boolean upload() {
        return request != null
                && "POST".equals(request.getMethod())
                && request.getRequestURI().endsWith("/submissions");
    }
}
