package org.thbhub.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.thbhub.access.Caller;

/**
 * Verified credentials for at most a minute, so that a script's every request does not pay for
 * bcrypt (jdbc) or for the security domain's check (demo; issue 15). The key is an HMAC of name and
 * password under a random key that lives only in this process: the map holds nothing from which a
 * password could be recovered or checked offline. Only successful logins are kept: a wrong password
 * is checked, counted and throttled every time. Entries older than a minute are not used, so a
 * changed password or role takes effect within a minute however it was changed, on every node.
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];

    /** Mac instances are not thread-safe; one per request thread saves the provider look-up. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    private record Entry(Caller caller, Instant expires) {}

    public CredentialCache() {
        this(Clock.systemUTC());
    }

    CredentialCache(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** The caller these exact credentials were verified as less than a minute ago. */
    public Optional<Caller> find(String name, String password) {
        String k = keyOf(name, password);
        Entry entry = entries.get(k);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.expires().isAfter(clock.instant())) {
            entries.remove(k, entry);
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    /** Credentials just verified as {@code caller}. */
    public void put(String name, String password, Caller caller) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !e.expires().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(keyOf(name, password), new Entry(caller, clock.instant().plus(MAX_AGE)));
    }

    /** After any change to a user: the next request is checked against the database again. */
    void forget(String name) {
        entries.values().removeIf(e -> e.caller().name().equals(name));
    }

    private String keyOf(String name, String password) {
        Mac mac = macs.get();
        mac.update(name.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        // doFinal resets the Mac for the next use on this thread
        return java.util.HexFormat.of()
                .formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
