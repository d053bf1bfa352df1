package org.thbhub.release;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a country x reporting year stands in review and release (design.md section 12). The steps
 * people take are {@link Step}s; an accepted change to the data reopens any state but RECEIVED
 * ({@link #reopensOnChange()}), which is not a step anyone takes by hand.
 */
public enum ReleaseState {
    /** Accepted data exists; the rapporteur has not declared the year complete. */
    RECEIVED,
    /** The rapporteur declared the year complete. */
    SUBMITTED,
    /** An analyst found it fit to publish. */
    APPROVED,
    /** An analyst sent it back, with a comment saying why. */
    RETURNED,
    /** Released: public from its release time on. */
    PUBLISHED;

    /** The state an accepted change of the year's data puts it in: a new round from RECEIVED. */
    public boolean reopensOnChange() {
        return this != RECEIVED;
    }

    /** A step of review and release: the state it leads to and the states it may start from. */
    public enum Step {
        /**
         * The rapporteur declares the year complete; also after a return, when the figures stand as
         * they are (a statistical office expects to be able to confirm rather than resend).
         */
        SUBMIT(SUBMITTED, EnumSet.of(RECEIVED, RETURNED)),
        APPROVE(APPROVED, EnumSet.of(SUBMITTED)),
        /** An approval can still be taken back before publication. */
        RETURN(RETURNED, EnumSet.of(SUBMITTED, APPROVED)),
        PUBLISH(PUBLISHED, EnumSet.of(APPROVED));

        private final ReleaseState target;
        private final Set<ReleaseState> from;

        Step(ReleaseState target, Set<ReleaseState> from) {
            this.target = target;
            this.from = from;
        }

        public ReleaseState target() {
            return target;
        }

        public boolean allowedFrom(ReleaseState state) {
            return from.contains(state);
        }

        /** The states this step may start from, for the message of a refused step. */
        public Set<ReleaseState> from() {
            return EnumSet.copyOf(from);
        }

        /** The step's name in the API path: submit, approve, return, publish. */
        public String pathName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
