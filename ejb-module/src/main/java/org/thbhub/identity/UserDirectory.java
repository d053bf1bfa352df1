package org.thbhub.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;
import org.thbhub.audit.AuditAction;
import org.thbhub.audit.AuditLog;
import org.thbhub.audit.AuditOutcome;
import org.thbhub.common.ConflictException;
import org.thbhub.common.ForbiddenException;
import org.thbhub.common.NotFoundException;
import org.thbhub.common.Page;
import org.thbhub.common.PageRequest;
import org.thbhub.identity.InvalidUserException.FieldProblem;
import org.thbhub.reference.CountryCode;
import org.thbhub.reference.ReferenceData;

/**
 * The users of {@code THB_AUTH=jdbc} (design.md section 7a): login against their bcrypt hashes,
 * with the lock-out, and their management by an administrator. Every change is audited.
 */
@Stateless
public class UserDirectory {

    /** Passwords of at least 12 characters (design.md 7a); bcrypt reads at most 72 bytes. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    static final int MAX_PASSWORD_BYTES = 72;

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "thb")
    private EntityManager em;

    @Inject CredentialCache cache;
    @Inject AuditLog audit;
    @Inject ReferenceData reference;

    /** The caller these credentials belong to, or empty: unknown, wrong, disabled or locked. */
    public Optional<Caller> authenticate(String name, String password) {
        Optional<Caller> cached = cache.find(name, password);
        if (cached.isPresent()) {
            return cached;
        }
        UserAccount user = em.find(UserAccount.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            PasswordHasher.spendTime(password);
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (user.lockedAt(now)) {
            return Optional.empty(); // answered like a wrong password: nothing to learn here
        }
        if (!PasswordHasher.matches(password, user.passwordHash())) {
            if (user.failedAttempt(now)) {
                cache.forget(name); // a lock-out holds for a credential verified a moment ago too
                audit.record(
                        name,
                        AuditAction.ACCOUNT_LOCKED,
                        "user " + name,
                        AuditOutcome.DENIED,
                        UserAccount.MAX_FAILED_ATTEMPTS
                                + " wrong passwords in a row: locked for "
                                + UserAccount.LOCK_TIME.toMinutes()
                                + " minutes");
            }
            return Optional.empty();
        }
        if (!user.enabled()) {
            return Optional.empty();
        }
        user.loggedIn(now);
        Caller caller = callerOf(user);
        cache.put(name, password, caller);
        return Optional.of(caller);
    }

    public Page<UserAccount> list(PageRequest page) {
        List<UserAccount> items =
                em.createQuery("select u from UserAccount u order by u.name", UserAccount.class)
                        .setFirstResult(page.offset())
                        .setMaxResults(page.size())
                        .getResultList();
        long total =
                em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public UserAccount create(
            Caller admin, String name, String role, String country, String password) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(
                    new FieldProblem(
                            "name",
                            "The name must be 1 to 64 letters, digits or . _ @ -, starting with a"
                                    + " letter or digit."));
        }
        Optional<Role> parsedRole = role(role, problems);
        Optional<CountryCode> parsedCountry =
                parsedRole.flatMap(r -> country(r, Optional.ofNullable(country), problems));
        checkPassword("password", password, problems);
        if (!problems.isEmpty()) {
            throw new InvalidUserException(problems);
        }
        if (em.find(UserAccount.class, name) != null) {
            throw new ConflictException("A user named " + name + " exists already.");
        }
        UserAccount user =
                new UserAccount(
                        name,
                        PasswordHasher.hash(password),
                        parsedRole.orElseThrow(),
                        parsedCountry,
                        clock.instant());
        em.persist(user);
        audit.record(
                admin.name(),
                AuditAction.USER_CREATED,
                "user " + name,
                AuditOutcome.SUCCESS,
                describe(user));
        return user;
    }

    public UserAccount change(Caller admin, String name, UserChange change) {
        UserAccount user = find(name);
        List<FieldProblem> problems = new ArrayList<>();
        Role newRole =
                change.role().isPresent()
                        ? role(change.role().get(), problems).orElse(null)
                        : user.role();
        Optional<String> countryText =
                change.country().isPresent()
                        ? change.country().get()
                        : user.country().map(CountryCode::iso3);
        Optional<CountryCode> newCountry =
                newRole == null ? Optional.empty() : country(newRole, countryText, problems);
        if (!problems.isEmpty()) {
            throw new InvalidUserException(problems);
        }
        boolean enabled = change.enabled().orElse(user.enabled());
        if (user.role() == Role.ADMIN
                && user.enabled()
                && (newRole != Role.ADMIN || !enabled)
                && enabledAdmins() <= 1) {
            throw new ConflictException(
                    "The last enabled administrator cannot be disabled or given another role.");
        }
        String before = describe(user);
        user.changeRole(newRole, newCountry);
        user.enable(enabled);
        cache.forget(name);
        audit.record(
                admin.name(),
                AuditAction.USER_CHANGED,
                "user " + name,
                AuditOutcome.SUCCESS,
                "from " + before + " to " + describe(user));
        return user;
    }

    /**
     * A new password: the user for themself with the old one, or an administrator for anyone
     * (without the old one). Another user's password is out of reach of a non-administrator.
     */
    public void changePassword(
            Caller caller, String name, Optional<String> oldPassword, String newPassword) {
        boolean self = caller.name().equals(name);
        boolean admin = caller.has(Role.ADMIN);
        if (!self && !admin) {
            throw new ForbiddenException("Only an administrator may set another user's password.");
        }
        UserAccount user = find(name);
        List<FieldProblem> problems = new ArrayList<>();
        if (!admin || oldPassword.isPresent()) {
            if (oldPassword.isEmpty()) {
                problems.add(new FieldProblem("oldPassword", "The old password is required."));
            } else if (!PasswordHasher.matches(oldPassword.get(), user.passwordHash())) {
                problems.add(new FieldProblem("oldPassword", "The old password is wrong."));
            }
        }
        checkPassword("newPassword", newPassword, problems);
        if (!problems.isEmpty()) {
            audit.record(
                    caller.name(),
                    AuditAction.PASSWORD_CHANGED,
                    "user " + name,
                    AuditOutcome.FAILURE,
                    String.join(" ", problems.stream().map(FieldProblem::message).toList()));
            throw new InvalidUserException(problems);
        }
        user.changePasswordHash(PasswordHasher.hash(newPassword));
        cache.forget(name);
        audit.record(
                caller.name(),
                AuditAction.PASSWORD_CHANGED,
                "user " + name,
                AuditOutcome.SUCCESS,
                self ? "by the user" : "by an administrator");
    }

    /**
     * At the first start under jdbc: the administrator {@code admin} with the configured password,
     * unless an administrator exists already.
     */
    public boolean createFirstAdministrator(String password) {
        if (enabledAdmins() > 0 || em.find(UserAccount.class, "admin") != null) {
            return false;
        }
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword("THB_ADMIN_PASSWORD", password, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.get(0).message());
        }
        UserAccount admin =
                new UserAccount(
                        "admin",
                        PasswordHasher.hash(password),
                        Role.ADMIN,
                        Optional.empty(),
                        clock.instant());
        em.persist(admin);
        audit.record(
                "system",
                AuditAction.USER_CREATED,
                "user admin",
                AuditOutcome.SUCCESS,
                "the first administrator, from THB_ADMIN_PASSWORD; " + describe(admin));
        return true;
    }

    /** True once an administrator exists (enabled or not): the first one need not be created. */
    public boolean administratorExists() {
        return enabledAdmins() > 0 || em.find(UserAccount.class, "admin") != null;
    }

    private UserAccount find(String name) {
        UserAccount user = name == null ? null : em.find(UserAccount.class, name);
        if (user == null) {
            throw new NotFoundException("user " + name);
        }
        return user;
    }

    private long enabledAdmins() {
        return em.createQuery(
                        "select count(u) from UserAccount u where u.role = 'admin' and u.enabled = true",
                        Long.class)
                .getSingleResult();
    }

    private static Optional<Role> role(String text, List<FieldProblem> problems) {
        for (Role role : Role.values()) {
            if (role.realmName().equals(text)) {
                return Optional.of(role);
            }
        }
        problems.add(
                new FieldProblem(
                        "role", "The role must be rapporteur, government, analyst or admin."));
        return Optional.empty();
    }

    /** A country-scoped role needs a country THB Hub knows; the others have none. */
    private Optional<CountryCode> country(
            Role role, Optional<String> text, List<FieldProblem> problems) {
        if (!role.isCountryScoped()) {
            return Optional.empty();
        }
        Optional<CountryCode> code =
                text.filter(CountryCode::isWellFormed)
                        .map(CountryCode::of)
                        .filter(c -> reference.country(c).isPresent());
        if (code.isEmpty()) {
            problems.add(
                    new FieldProblem(
                            "country",
                            "A "
                                    + role.realmName()
                                    + " needs the ISO 3166 alpha-3 code of a country THB Hub"
                                    + " knows."));
        }
        return code;
    }

    static void checkPassword(String field, String password, List<FieldProblem> problems) {
        if (password == null
                || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            problems.add(
                    new FieldProblem(
                            field,
                            "The password must have at least "
                                    + MIN_PASSWORD_LENGTH
                                    + " characters."));
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                > MAX_PASSWORD_BYTES) {
            // bcrypt would silently ignore the rest: say so instead
            problems.add(
                    new FieldProblem(
                            field,
                            "The password must be at most " + MAX_PASSWORD_BYTES + " bytes long."));
        }
    }

    static Caller callerOf(UserAccount user) {
        return new Caller(user.name(), Set.of(user.role()), user.country());
    }

    private static String describe(UserAccount user) {
        return "role="
                + user.role().realmName()
                + ", country="
                + user.country().map(CountryCode::iso3).orElse("-")
                + ", enabled="
                + user.enabled();
    }
}
