package org.thbhub.web.sdmx;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Answers compressed when the client accepts gzip: SDMX answers are large and repetitive. */
public class SdmxGzip implements ContainerResponseFilter, WriterInterceptor {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().add(HttpHeaders.VARY, "Accept-Encoding");
        String accepted = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        if (response.hasEntity()
                && accepted != null
                && accepted.toLowerCase(Locale.ROOT).contains("gzip")) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object encoding = context.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING);
        if (!"gzip".equals(encoding)) {
            context.proceed();
            return;
        }
        GZIPOutputStream gzip = new GZIPOutputStream(context.getOutputStream(), 1 << 16);
        context.setOutputStream(gzip);
        try {
            context.proceed();
        } finally {
            gzip.finish();
        }
    }
}
