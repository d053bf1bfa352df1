package org.thbhub.web.problem;

import jakarta.ws.rs.core.UriInfo;

final class Problems {

    private Problems() {}

    /** The request's path, as the problem's {@code instance}. */
    static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
