package org.thbhub.report;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One statistical value as a report sees it: the number (which may be present even when it must not
 * be published), its {@code CONF_STATUS}, its {@code OBS_STATUS}, and what this report did to it:
 * suppressed it to protect another cell ({@link #secondary()}), or found that, as a total, it
 * leaves out suppressed parts ({@link #partial()}).
 *
 * <p>Every renderer prints a cell through {@link CellText}; nothing else reads {@link #value()} of
 * a suppressed cell.
 */
public record Cell(
        Long value, ConfStatus conf, Set<ObsStatus> flags, boolean secondary, boolean partial) {

    private static final Cell MISSING =
            new Cell(null, ConfStatus.F, Set.of(ObsStatus.M), false, false);

    public Cell {
        Objects.requireNonNull(conf, "conf");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        if (value != null && value < 0) {
            throw new IllegalArgumentException("a count is never negative: " + value);
        }
        if (value == null && !conf.suppressed() && !flags.contains(ObsStatus.M)) {
            throw new IllegalArgumentException(
                    "an empty value needs CONF_STATUS A/C/N or OBS_STATUS M");
        }
    }

    public static Cell of(long value) {
        return new Cell(value, ConfStatus.F, Set.of(), false, false);
    }

    public static Cell of(long value, ObsStatus obs) {
        return new Cell(value, ConfStatus.F, obsFlags(obs), false, false);
    }

    /** A value its source suppressed; {@code rawValue} may be known (and is then never printed). */
    public static Cell suppressed(ConfStatus conf, Long rawValue) {
        if (!conf.suppressed()) {
            throw new IllegalArgumentException("not a suppressing CONF_STATUS: " + conf);
        }
        return new Cell(rawValue, conf, Set.of(), false, false);
    }

    /** Not reported. */
    public static Cell missing() {
        return MISSING;
    }

    /** Builds a cell from the three stored columns, as the data layer reads them. */
    public static Cell fromSdmx(Long value, ConfStatus conf, ObsStatus obs) {
        if (value == null && !conf.suppressed()) {
            return missing();
        }
        return new Cell(value, conf, obsFlags(obs), false, false);
    }

    private static Set<ObsStatus> obsFlags(ObsStatus obs) {
        return obs == null || obs == ObsStatus.A ? Set.of() : Set.of(obs);
    }

    public boolean isSuppressed() {
        return conf.suppressed() || secondary;
    }

    public boolean isMissing() {
        return !isSuppressed() && (value == null || flags.contains(ObsStatus.M));
    }

    /** A number that may be printed. */
    public boolean isPrintable() {
        return !isSuppressed() && !isMissing();
    }

    /** The value if it may be printed or used in a published figure. */
    public OptionalLong printable() {
        return isPrintable() ? OptionalLong.of(value) : OptionalLong.empty();
    }

    /** The marker printed in place of a suppressed value: {@code <5} or {@code c}. */
    public String suppressionMarker() {
        if (conf.suppressed()) {
            return conf.marker();
        }
        return secondary ? ConfStatus.C.marker() : "";
    }

    public Cell withSecondarySuppression() {
        return new Cell(value, conf, flags, true, partial);
    }

    public Cell asPartial() {
        return new Cell(value, conf, flags, secondary, true);
    }

    /**
     * The sum of the printable parts, carrying their flags; marked partial when a part is
     * suppressed (so it never reveals one). Missing parts are left out; no printable part gives a
     * missing cell, unless a part is suppressed, which gives a suppressed cell.
     */
    public static Cell sumOfPrintable(Collection<Cell> parts) {
        long sum = 0;
        boolean any = false;
        boolean anySuppressed = false;
        ConfStatus strongest = ConfStatus.F;
        EnumSet<ObsStatus> flags = EnumSet.noneOf(ObsStatus.class);
        for (Cell part : parts) {
            if (part.isPrintable()) {
                sum += part.value;
                any = true;
                flags.addAll(part.flags);
            } else if (part.isSuppressed()) {
                anySuppressed = true;
                strongest = part.conf.suppressed() ? part.conf : ConfStatus.C;
            }
        }
        if (!any) {
            return anySuppressed ? Cell.suppressed(strongest, null) : missing();
        }
        return new Cell(sum, ConfStatus.F, flags, false, anySuppressed);
    }
}
