package org.thbhub.common;

import jakarta.ejb.ApplicationException;

/**
 * The request is understood but the thing it acts on is not in a state that allows it (a review
 * step out of order, say): answered 409.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
