package org.thbhub.validation;

import java.util.BitSet;

/**
 * The verdict on a file's rows: which of them may be stored. Rows are named by their ordinal (their
 * place among the file's observation rows, or among its policy rows, from 0), which a reader gives
 * the same on every read of the same bytes.
 */
public final class ValidationOutcome {

    private final int observationRows;
    private final int policyRows;
    private final BitSet observationsNotStored;
    private final BitSet policiesNotStored;
    private final boolean errors;

    ValidationOutcome(
            int observationRows,
            int policyRows,
            BitSet observationsNotStored,
            BitSet policiesNotStored,
            boolean errors) {
        this.observationRows = observationRows;
        this.policyRows = policyRows;
        this.observationsNotStored = (BitSet) observationsNotStored.clone();
        this.policiesNotStored = (BitSet) policiesNotStored.clone();
        this.errors = errors;
    }

    public int observationRows() {
        return observationRows;
    }

    public int policyRows() {
        return policyRows;
    }

    public boolean hasErrors() {
        return errors;
    }

    /** Whether the observation row with this ordinal passed every check and is stored. */
    public boolean storesObservation(int ordinal) {
        return ordinal >= 0 && ordinal < observationRows && !observationsNotStored.get(ordinal);
    }

    public boolean storesPolicy(int ordinal) {
        return ordinal >= 0 && ordinal < policyRows && !policiesNotStored.get(ordinal);
    }

    public int observationsToStore() {
        return observationRows - observationsNotStored.cardinality();
    }

    public int policiesToStore() {
        return policyRows - policiesNotStored.cardinality();
    }

    public int rowsToStore() {
        return observationsToStore() + policiesToStore();
    }

    public boolean acceptedIn(ImportMode mode) {
        return mode.accepts(this);
    }
}
