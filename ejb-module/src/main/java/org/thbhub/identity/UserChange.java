package org.thbhub.identity;

import java.util.Optional;

/**
 * What a PATCH of a user asks for; absent fields stay as they are. {@code country} is present with
 * an empty value when the request sets it to null.
 */
public record UserChange(
        Optional<String> role, Optional<Optional<String>> country, Optional<Boolean> enabled) {}
