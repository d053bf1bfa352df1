package org.thbhub.common;

/** page from 0; size from 1 to 500, 50 when not given (design.md section 6). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidRequestException("page", "page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException(
                    "size", "size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidRequestException("page", "page " + page + " is beyond any list");
        }
    }

    /** No list is that long; refusing keeps offset() from overflowing. */
    private static final long MAX_OFFSET = 1_000_000_000L;

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
