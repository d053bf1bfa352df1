package org.thbhub.identity;

import org.springframework.security.crypto.bcrypt.BCrypt;

/** bcrypt (ADR 0013): a slow, salted hash; the cost makes a stolen table expensive to guess. */
final class PasswordHasher {

    /** 2^12 rounds: about a quarter of a second here, paid once a minute per user (the cache). */
    static final int COST = 12;

    /** A hash of no one's password: an unknown name costs the same time as a known one. */
    private static final String DUMMY =
            BCrypt.hashpw("no such user, no such password", BCrypt.gensalt(COST));

    private PasswordHasher() {}

    static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(COST));
    }

    static boolean matches(String password, String hash) {
        try {
            return BCrypt.checkpw(password, hash);
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }

    /** Spends the time of one check, for a name that has no account. */
    static void spendTime(String password) {
        matches(password, DUMMY);
    }
}
