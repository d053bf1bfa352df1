package org.thbhub.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.thbhub.ingest.SourcePosition;

/**
 * Collects the problems of one file. Keeps the first {@value #DEFAULT_CAP} problems and counts the
 * rest, so a broken million-row file cannot fill the heap; the counts are always exact. Not
 * thread-safe: one report per file.
 */
public final class ValidationReport {

    public static final int DEFAULT_CAP = 1_000;

    private final int cap;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<ProblemCode, Long> countsByCode = new EnumMap<>(ProblemCode.class);
    private long errors;
    private long warnings;

    public ValidationReport() {
        this(DEFAULT_CAP);
    }

    public ValidationReport(int cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("cap must be 0 or more: " + cap);
        }
        this.cap = cap;
    }

    public void add(Problem problem) {
        if (problem.isError()) {
            errors++;
        } else {
            warnings++;
        }
        countsByCode.merge(problem.code(), 1L, Long::sum);
        if (problems.size() < cap) {
            problems.add(problem);
        }
    }

    /** Adds a problem with the code's default severity. */
    public void add(ProblemCode code, SourcePosition where, String field, Object... args) {
        add(Problem.of(code, where, field, args));
    }

    public void add(
            ProblemCode code,
            Severity severity,
            SourcePosition where,
            String field,
            Object... args) {
        add(Problem.of(code, severity, where, field, args));
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public long errorCount() {
        return errors;
    }

    public long warningCount() {
        return warnings;
    }

    public long count(ProblemCode code) {
        return countsByCode.getOrDefault(code, 0L);
    }

    /** An immutable copy for the receipt. */
    public Snapshot snapshot() {
        long kept = problems.size();
        return new Snapshot(
                List.copyOf(problems),
                errors,
                warnings,
                errors + warnings - kept,
                Map.copyOf(countsByCode));
    }

    /**
     * What a receipt shows.
     *
     * @param problems the kept problems, in the order found
     * @param omitted how many problems were counted but not kept
     */
    public record Snapshot(
            List<Problem> problems,
            long errorCount,
            long warningCount,
            long omitted,
            Map<ProblemCode, Long> countsByCode) {

        public Snapshot {
            problems = List.copyOf(problems);
            countsByCode = Map.copyOf(countsByCode);
        }

        public boolean hasErrors() {
            return errorCount > 0;
        }
    }
}
