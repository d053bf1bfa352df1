package org.thbhub.common;

import jakarta.ejb.ApplicationException;

/** A request parameter that cannot be served: answered as a 400 problem naming the parameter. */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String parameter;

    public InvalidRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
