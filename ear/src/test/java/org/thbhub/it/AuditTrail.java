package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.thbhub.it.Api.User;

/**
 * The audit log as the admin reads it, for tests that must see the event their own call caused:
 * take the matching events before the call, make the call, and find the one new event by actor,
 * action and target (the path, or the id of what was touched).
 */
final class AuditTrail {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String actor;
    private final String action;
    private final Predicate<String> target;
    private final Set<String> before;

    private AuditTrail(String actor, String action, Predicate<String> target) {
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.before = new HashSet<>();
        events().forEach(e -> before.add(e.get("id").asText()));
    }

    /** Remembers the events so far of this actor and action whose target matches. */
    static AuditTrail before(String actor, String action, Predicate<String> target) {
        return new AuditTrail(actor, action, target);
    }

    /** A target that is exactly this method and path, as the access filter records it. */
    static Predicate<String> request(String method, String apiPath) {
        String expected = method + " /thb-hub/api/v1" + apiPath;
        return expected::equals;
    }

    /** Waits for exactly one new matching event and answers it. */
    JsonNode theNewEvent() {
        List<JsonNode> fresh = new ArrayList<>();
        Await.until(
                "an audit event " + action + " by " + actor,
                TIMEOUT,
                () -> {
                    fresh.clear();
                    events().stream()
                            .filter(e -> !before.contains(e.get("id").asText()))
                            .forEach(fresh::add);
                    return !fresh.isEmpty();
                });
        assertThat(fresh).as("new " + action + " events of " + actor).hasSize(1);
        JsonNode event = fresh.get(0);
        assertThat(event.get("actor").asText()).isEqualTo(actor);
        assertThat(event.get("action").asText()).isEqualTo(action);
        assertThat(event.get("occurredAt").asText()).endsWith("Z");
        return event;
    }

    /** The newest 500 events of this actor and action whose target matches, newest first. */
    List<JsonNode> events() {
        var answer =
                Api.get(
                        "/audit?size=500&action="
                                + action
                                + "&actor="
                                + URLEncoder.encode(actor, StandardCharsets.UTF_8),
                        User.ADMIN);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode e : answer.json().get("items")) {
            if (target.test(e.get("target").asText())) {
                events.add(e);
            }
        }
        return events;
    }
}
