package org.thbhub.web.sdmx;

import java.io.IOException;
import java.util.List;

/**
 * One data message being written, series by series: the formats (SDMX-ML StructureSpecificData and
 * GenericData, SDMX-CSV 1.0, SDMX-JSON 1.0) differ only in how they spell what {@link
 * SeriesAssembler} hands them.
 */
interface DataMessage {

    /** A series opens: the ids and codes of its key (every dimension but the observation's). */
    void startSeries(List<String> ids, List<String> codes) throws IOException;

    /**
     * One observation: the ids and codes of the dimensions at its level (one, or every dimension
     * when there are no series), its value (null when it may not be shown or is missing) and its
     * attributes in the flow's order (null when absent).
     */
    void observation(List<String> ids, List<String> codes, String value, List<String> attributes)
            throws IOException;

    void endSeries() throws IOException;

    /** Closes the message; nothing is written after. */
    void finish() throws IOException;

    /** One value of the flow, ready to be written: its key in dimension order, TIME_PERIOD last. */
    record Row(List<String> key, String value, List<String> attributes) {
        public Row {
            key = List.copyOf(key);
            attributes =
                    java.util.Collections.unmodifiableList(new java.util.ArrayList<>(attributes));
        }
    }
}
