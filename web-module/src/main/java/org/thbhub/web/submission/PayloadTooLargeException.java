package org.thbhub.web.submission;

/** A body larger than THB_MAX_UPLOAD_BYTES: answered 413 before anything is judged. */
public class PayloadTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("The file is larger than the limit of " + limit + " bytes.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
