package org.thbhub.web.sdmx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.thbhub.common.csv.SafeCsvWriter;

/**
 * SDMX-CSV 1.0: one line per observation, DATAFLOW first, then every dimension, OBS_VALUE and the
 * attributes; a suppressed value is an empty OBS_VALUE with its CONF_STATUS (design.md section 6).
 * Without observations (serieskeysonly, nodata) one line per series key. Written by the product's
 * one formula-safe writer: attributes (comments, legal references, source URLs) are free text.
 */
final class CsvMessage implements DataMessage {

    private final BufferedWriter out;
    private final SafeCsvWriter csv;
    private final DataRequest request;
    private List<String> series = List.of();

    CsvMessage(OutputStream stream, DataRequest request) throws IOException {
        this.out =
                new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.csv = new SafeCsvWriter(out);
        this.request = request;
        List<String> header = new ArrayList<>();
        header.add("DATAFLOW");
        if (request.detail().withObservations()) {
            header.addAll(request.flow().dimensionIds());
            header.add(SdmxFlow.OBS_VALUE);
            if (request.detail().withAttributes()) {
                request.flow().attributes().forEach(a -> header.add(a.id()));
            }
        } else {
            request.flow().dimensions().forEach(d -> header.add(d.id()));
        }
        line(header);
    }

    @Override
    public void startSeries(List<String> ids, List<String> codes) throws IOException {
        series = codes;
        if (!request.detail().withObservations()) {
            List<String> cells = new ArrayList<>();
            cells.add(request.flow().reference());
            cells.addAll(seriesWithoutTime(ids, codes));
            line(cells);
        }
    }

    /** Series keys without observations: the key dimensions only, TIME_PERIOD left out. */
    private List<String> seriesWithoutTime(List<String> ids, List<String> codes) {
        List<String> key = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).equals(SdmxFlow.TIME_PERIOD)) {
                key.add(codes.get(i));
            }
        }
        return key;
    }

    @Override
    public void observation(
            List<String> ids, List<String> codes, String value, List<String> attributes)
            throws IOException {
        List<Object> cells = new ArrayList<>();
        cells.add(request.flow().reference());
        cells.addAll(fullKey(ids, codes));
        cells.add(value);
        if (request.detail().withAttributes()) {
            attributes.forEach(a -> cells.add(SafeCsvWriter.text(a)));
        }
        line(cells);
    }

    /** The observation's codes put back among the series' codes, in dimension order. */
    private List<String> fullKey(List<String> ids, List<String> codes) {
        if (ids.size() == request.flow().dimensionIds().size()) {
            return codes;
        }
        List<String> key = new ArrayList<>(series);
        key.add(request.observationDimension(), codes.get(0));
        return key;
    }

    @Override
    public void endSeries() {}

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void line(List<?> cells) throws IOException {
        csv.record(cells.toArray());
    }
}
