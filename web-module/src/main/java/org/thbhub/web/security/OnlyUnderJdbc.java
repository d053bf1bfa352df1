package org.thbhub.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource that exists only under {@code THB_AUTH=jdbc} (user management): under demo and oidc
 * the access filter answers 404 for it before anything else, to anyone.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OnlyUnderJdbc {}
