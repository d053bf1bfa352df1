package org.thbhub.web.sdmx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns rows, sorted by series, into the calls of a {@link DataMessage}: a series opens when its
 * key changes, closes when the next one opens. The dimension at the observation level is
 * TIME_PERIOD, another dimension, or none (AllDimensions: observations without series).
 */
final class SeriesAssembler {

    private final DataRequest request;
    private final DataMessage message;
    private final List<String> ids;
    private final List<String> seriesIds;
    private final List<String> observationIds;
    private List<String> openSeries;

    SeriesAssembler(DataRequest request, DataMessage message) {
        this.request = request;
        this.message = message;
        this.ids = request.flow().dimensionIds();
        if (request.observationDimension() == DataRequest.ALL_DIMENSIONS) {
            seriesIds = List.of();
            observationIds = ids;
        } else {
            seriesIds = without(ids, request.observationDimension());
            observationIds = List.of(ids.get(request.observationDimension()));
        }
    }

    /** The order rows must come in: by series key, then by the observation's dimension. */
    Comparator<DataMessage.Row> order() {
        int obs = request.observationDimension();
        Comparator<DataMessage.Row> bySeries =
                (a, b) -> compare(seriesKey(a.key()), seriesKey(b.key()));
        return obs == DataRequest.ALL_DIMENSIONS
                ? bySeries
                : bySeries.thenComparing(r -> r.key().get(obs));
    }

    /**
     * Whether the whole result has to be sorted before writing (the database's order is by key).
     */
    boolean needsGlobalSort() {
        int obs = request.observationDimension();
        // rows come grouped by the first two dimensions: sorting within a group is enough unless
        // one of them is the observation's dimension
        return obs == 0 || (obs == 1 && request.flow().dimensions().size() > 2);
    }

    void write(DataMessage.Row row) throws IOException {
        DataRequest.Detail detail = request.detail();
        if (request.observationDimension() == DataRequest.ALL_DIMENSIONS) {
            if (detail.withObservations()) {
                message.observation(observationIds, row.key(), row.value(), attributes(row));
            }
            return;
        }
        List<String> series = seriesKey(row.key());
        if (!series.equals(openSeries)) {
            if (openSeries != null) {
                message.endSeries();
            }
            message.startSeries(seriesIds, series);
            openSeries = series;
        }
        if (detail.withObservations()) {
            message.observation(
                    observationIds,
                    List.of(row.key().get(request.observationDimension())),
                    row.value(),
                    attributes(row));
        }
    }

    void finish() throws IOException {
        if (openSeries != null) {
            message.endSeries();
        }
        message.finish();
    }

    private List<String> attributes(DataMessage.Row row) {
        if (request.detail().withAttributes()) {
            return row.attributes();
        }
        List<String> none = new ArrayList<>();
        row.attributes().forEach(a -> none.add(null));
        return none;
    }

    private List<String> seriesKey(List<String> key) {
        int obs = request.observationDimension();
        return obs == DataRequest.ALL_DIMENSIONS ? key : without(key, obs);
    }

    private static List<String> without(List<String> list, int index) {
        List<String> copy = new ArrayList<>(list);
        copy.remove(index);
        return List.copyOf(copy);
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
