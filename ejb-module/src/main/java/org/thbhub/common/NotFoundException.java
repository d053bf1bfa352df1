package org.thbhub.common;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist, or exists for a country the caller may not see: both answer
 * 404, so a caller cannot probe other countries' ids.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
