package org.thbhub.validation;

import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.thbhub.ingest.CodeLists;
import org.thbhub.ingest.Observation;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.ingest.PolicyObservation;
import org.thbhub.ingest.PolicyRow;
import org.thbhub.ingest.RowSink;
import org.thbhub.ingest.SourcePosition;

/**
 * Validates a whole file as a reader streams it: each row is checked as it comes and, if valid,
 * handed on at once; {@link #finish()} runs the checks that need every row and says which rows may
 * be stored. One instance per file.
 *
 * <p>A valid row is handed on before the whole-file checks have run: a caller that stores as it
 * goes does so in the file's transaction and skips or removes the rows {@link ValidationOutcome}
 * refuses; a caller that wants to store only after the verdict reads the file a second time
 * (ordinals are the same on every read).
 */
public final class SubmissionValidator implements RowSink {

    private final ValidationContext context;
    private final ValidationReport report;
    private final ObservationValidator observationValidator;
    private final PolicyValidator policyValidator;
    private final ObservationFileCheck observationCheck;
    private final PolicyFileCheck policyCheck;
    private final Consumer<Observation> observations;
    private final Consumer<PolicyObservation> policies;
    private final BitSet observationsNotStored = new BitSet();
    private final BitSet policiesNotStored = new BitSet();
    private int observationRows;
    private int policyRows;
    private boolean finished;

    public SubmissionValidator(
            CodeLists codeLists, ValidationContext context, ValidationReport report) {
        this(codeLists, context, report, o -> {}, p -> {});
    }

    public SubmissionValidator(
            CodeLists codeLists,
            ValidationContext context,
            ValidationReport report,
            Consumer<Observation> observations,
            Consumer<PolicyObservation> policies) {
        this.context = Objects.requireNonNull(context, "context");
        this.report = Objects.requireNonNull(report, "report");
        this.observations = Objects.requireNonNull(observations, "observations");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.observationValidator = new ObservationValidator(codeLists, context, report);
        this.policyValidator = new PolicyValidator(codeLists, context, report);
        KeyCodec codec =
                new KeyCodec(codeLists, ValidationContext.FIRST_YEAR, context.currentYear());
        this.observationCheck = new ObservationFileCheck(codec, codeLists, context.kind(), report);
        this.policyCheck = new PolicyFileCheck(codeLists, ValidationContext.FIRST_YEAR, report);
    }

    @Override
    public void observation(ObservationRow row) {
        int ordinal = observationRows++;
        Optional<Observation> valid = observationValidator.validate(row, ordinal);
        if (valid.isPresent()) {
            observationCheck.add(valid.get());
            observations.accept(valid.get());
        } else {
            observationsNotStored.set(ordinal);
        }
    }

    @Override
    public void policy(PolicyRow row) {
        int ordinal = policyRows++;
        Optional<PolicyObservation> valid = policyValidator.validate(row, ordinal);
        if (valid.isPresent()) {
            policyCheck.add(valid.get());
            policies.accept(valid.get());
        } else {
            policiesNotStored.set(ordinal);
        }
    }

    /** Runs the whole-file checks; call once, after the reader is done. */
    public ValidationOutcome finish() {
        if (finished) {
            throw new IllegalStateException("finish() was already called");
        }
        finished = true;
        if (observationRows + policyRows == 0 && !report.hasErrors()) {
            report.add(ProblemCode.NO_DATA_ROWS, SourcePosition.none(), null);
        }
        observationCheck.finish(observationsNotStored);
        policyCheck.finish(policiesNotStored);
        return new ValidationOutcome(
                observationRows,
                policyRows,
                observationsNotStored,
                policiesNotStored,
                report.hasErrors());
    }

    /** Heap the whole-file checks hold (to measure; about 26 bytes a valid row). */
    public long wholeFileCheckBytes() {
        return observationCheck.footprintBytes();
    }

    public ValidationContext context() {
        return context;
    }
}
