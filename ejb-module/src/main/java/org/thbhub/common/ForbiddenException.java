package org.thbhub.common;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role does not allow this action at all (not a question of which country: that is a
 * {@link NotFoundException}). Answered 403.
 */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
