package org.thbhub.ingest;

/**
 * Where a reader pushes the rows it reads, one at a time, so that no reader holds a file in memory.
 * The validator is one; a test's list is another.
 */
public interface RowSink {

    void observation(ObservationRow row);

    void policy(PolicyRow row);
}
