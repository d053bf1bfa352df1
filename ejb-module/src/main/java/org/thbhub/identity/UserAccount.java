package org.thbhub.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.thbhub.access.Role;
import org.thbhub.reference.CountryCode;

/**
 * A user of {@code THB_AUTH=jdbc}: name, bcrypt hash, one role, the country of a country-scoped
 * role, and what the lock-out needs. The password never reaches this class, only its hash.
 */
@Entity
@Table(name = "users")
public class UserAccount {

    /** Ten failed attempts in a row lock the account for a quarter of an hour (design.md 7a). */
    static final int MAX_FAILED_ATTEMPTS = 10;

    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Id private String name;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String role;

    private String country;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected UserAccount() {}

    UserAccount(
            String name,
            String passwordHash,
            Role role,
            Optional<CountryCode> country,
            Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = role.realmName();
        this.country = country.map(CountryCode::iso3).orElse(null);
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public String name() {
        return name;
    }

    public Role role() {
        return Role.valueOf(role.toUpperCase(java.util.Locale.ROOT));
    }

    public Optional<CountryCode> country() {
        return Optional.ofNullable(country).map(CountryCode::of);
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> lastLoginAt() {
        return Optional.ofNullable(lastLoginAt);
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changeRole(Role newRole, Optional<CountryCode> newCountry) {
        this.role = newRole.realmName();
        this.country = newCountry.map(CountryCode::iso3).orElse(null);
    }

    void enable(boolean value) {
        this.enabled = value;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "hash");
        // a new password ends a lock-out: the administrator who set it has seen to the account
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    void loggedIn(Instant now) {
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.lastLoginAt = now;
    }

    /** Counts a wrong password; true when this one locked the account. */
    boolean failedAttempt(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            failedAttempts = 0;
            lockedUntil = now.plus(LOCK_TIME);
            return true;
        }
        return false;
    }
}
