package org.thbhub.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API v1 (design.md section 6), under /thb-hub/api/v1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "THB Hub API",
                        version = "1",
                        description =
                                "National anti-trafficking statistics: reference data,"
                                        + " submissions, observations, policy status, reports."),
        // every operation: HTTP Basic (THB_AUTH=demo or jdbc) or a bearer token (oidc); the
        // operations open to anyone say so in their description
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(
        securitySchemeName = "basic",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "THB_AUTH=demo or jdbc: user name and password")
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description =
                "THB_AUTH=oidc: an access token of THB_OIDC_PROVIDER_URL for THB_OIDC_CLIENT_ID")
public class ThbApi extends Application {}
