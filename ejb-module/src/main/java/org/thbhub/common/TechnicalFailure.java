package org.thbhub.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * Tells a technical failure (the database or the disk is not there) from a fault in the code: the
 * first is worth retrying later and answers 503; the second is a bug. Looks through the causes,
 * because containers wrap what went wrong (EJBException, a rolled-back transaction, a resource
 * exception of the connection pool).
 */
public final class TechnicalFailure {

    private TechnicalFailure() {}

    public static boolean isTechnical(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException
                    || t instanceof IOException
                    || t instanceof UncheckedIOException
                    || t instanceof jakarta.resource.ResourceException
                    || t instanceof jakarta.transaction.RollbackException
                    || t instanceof jakarta.transaction.SystemException
                    || t instanceof jakarta.persistence.PersistenceException) {
                return true;
            }
        }
        return false;
    }
}
