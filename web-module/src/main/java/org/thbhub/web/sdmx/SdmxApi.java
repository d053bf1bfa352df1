package org.thbhub.web.sdmx;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The public SDMX 2.1 REST API under /thb-hub/sdmx/rest: anonymous and read-only, beside the API
 * v1. It names its classes, so that none of the API v1's providers (the access filter, the
 * problem+json mappers) applies here and SDMX clients get SDMX error messages.
 */
@ApplicationPath("/sdmx/rest")
public class SdmxApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SdmxResource.class, SdmxErrorMapper.class, SdmxGzip.class);
    }
}
