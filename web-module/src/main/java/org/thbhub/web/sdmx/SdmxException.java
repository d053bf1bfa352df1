package org.thbhub.web.sdmx;

/**
 * A request the SDMX API cannot answer, with the HTTP status and the SDMX 2.1 web-service error
 * code its error message carries (100 no results, 140 syntax error, 150 semantic error, 406 not
 * acceptable).
 */
final class SdmxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final int code;

    private SdmxException(int status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static SdmxException noResults(String message) {
        return new SdmxException(404, 100, message);
    }

    static SdmxException syntax(String message) {
        return new SdmxException(400, 140, message);
    }

    static SdmxException semantic(String message) {
        return new SdmxException(400, 150, message);
    }

    static SdmxException notAcceptable(String message) {
        return new SdmxException(406, 406, message);
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }
}
