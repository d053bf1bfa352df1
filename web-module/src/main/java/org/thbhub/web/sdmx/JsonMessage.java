package org.thbhub.web.sdmx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SDMX-JSON 1.0 data message. Series and observations are keyed by the positions of their codes in
 * the structure's value lists; those lists are collected while writing and the structure comes last
 * (a JSON object's members have no order), so the message streams like the others.
 */
final class JsonMessage implements DataMessage {

    private final BufferedWriter out;
    private final DataRequest request;
    private final Map<String, String> labels;
    private final List<String> seriesIds = new ArrayList<>();
    private final List<String> observationIds = new ArrayList<>();
    private final Map<String, Map<String, Integer>> values = new LinkedHashMap<>();
    private final List<Map<String, Integer>> attributeValues = new ArrayList<>();
    private boolean firstSeries = true;
    private boolean firstObs = true;
    private final Instant prepared;

    /** {@code labels}: names of codes and concepts by id ("SEX:F" for a code of SEX). */
    JsonMessage(
            OutputStream stream, DataRequest request, Map<String, String> labels, Instant prepared)
            throws IOException {
        this.out =
                new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.request = request;
        this.labels = labels;
        this.prepared = prepared;
        List<String> ids = request.flow().dimensionIds();
        if (request.observationDimension() == DataRequest.ALL_DIMENSIONS) {
            observationIds.addAll(ids);
        } else {
            seriesIds.addAll(ids);
            seriesIds.remove(request.observationDimension());
            observationIds.add(ids.get(request.observationDimension()));
        }
        ids.forEach(id -> values.put(id, new LinkedHashMap<>()));
        request.flow().attributes().forEach(a -> attributeValues.add(new LinkedHashMap<>()));
        out.write("{\"header\":{\"id\":\"THB");
        out.write(UUID.randomUUID().toString().replace("-", ""));
        out.write("\",\"test\":false,\"prepared\":\"");
        out.write(prepared.truncatedTo(ChronoUnit.SECONDS).toString());
        out.write("\",\"sender\":{\"id\":\"THB\"}},\"dataSets\":[{\"action\":\"Information\",");
        out.write(
                request.observationDimension() == DataRequest.ALL_DIMENSIONS
                        ? "\"observations\":{"
                        : "\"series\":{");
    }

    @Override
    public void startSeries(List<String> ids, List<String> codes) throws IOException {
        if (!firstSeries) {
            out.write(',');
        }
        firstSeries = false;
        firstObs = true;
        out.write('"');
        out.write(positions(ids, codes));
        out.write("\":{\"attributes\":[],\"observations\":{");
    }

    @Override
    public void observation(
            List<String> ids, List<String> codes, String value, List<String> attributes)
            throws IOException {
        if (!firstObs) {
            out.write(',');
        }
        firstObs = false;
        out.write('"');
        out.write(positions(ids, codes));
        out.write("\":[");
        out.write(value == null ? "null" : numberOrString(value));
        for (int i = 0; i < attributes.size(); i++) {
            out.write(',');
            String a = attributes.get(i);
            if (a == null) {
                out.write("null");
            } else {
                Map<String, Integer> known = attributeValues.get(i);
                out.write(Integer.toString(known.computeIfAbsent(a, k -> known.size())));
            }
        }
        out.write(']');
    }

    private String numberOrString(String value) {
        return value.matches("\\d+") ? value : quote(value);
    }

    private String positions(List<String> ids, List<String> codes) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                key.append(':');
            }
            Map<String, Integer> known = values.get(ids.get(i));
            key.append(known.computeIfAbsent(codes.get(i), k -> known.size()));
        }
        return key.toString();
    }

    @Override
    public void endSeries() throws IOException {
        out.write("}}");
    }

    @Override
    public void finish() throws IOException {
        out.write("}}],\"structure\":{\"name\":");
        out.write(quote(request.flow().title()));
        out.write(",\"links\":[{\"rel\":\"dataflow\",\"urn\":");
        out.write(quote(request.flow().urn()));
        out.write("}],\"dimensions\":{\"dataSet\":[],\"series\":");
        dimensions(seriesIds, true);
        out.write(",\"observation\":");
        dimensions(observationIds, false);
        out.write("},\"attributes\":{\"dataSet\":[],\"series\":[],\"observation\":[");
        for (int i = 0; i < request.flow().attributes().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String id = request.flow().attributes().get(i).id();
            out.write("{\"id\":");
            out.write(quote(id));
            out.write(",\"name\":");
            out.write(quote(labels.getOrDefault(id, id)));
            out.write(",\"values\":[");
            writeValues(id, attributeValues.get(i));
            out.write("]}");
        }
        out.write("]}}}");
        out.flush();
    }

    private void dimensions(List<String> ids, boolean series) throws IOException {
        out.write('[');
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String id = ids.get(i);
            out.write("{\"id\":");
            out.write(quote(id));
            out.write(",\"name\":");
            out.write(quote(labels.getOrDefault(id, id)));
            if (series) {
                out.write(",\"keyPosition\":");
                out.write(Integer.toString(request.flow().dimensionIds().indexOf(id)));
            } else if (id.equals(SdmxFlow.TIME_PERIOD)) {
                out.write(",\"role\":\"time\"");
            }
            out.write(",\"values\":[");
            writeValues(id, values.get(id));
            out.write("]}");
        }
        out.write(']');
    }

    private void writeValues(String component, Map<String, Integer> known) throws IOException {
        boolean first = true;
        for (String code : known.keySet()) {
            if (!first) {
                out.write(',');
            }
            first = false;
            out.write("{\"id\":");
            out.write(quote(code));
            out.write(",\"name\":");
            out.write(quote(labels.getOrDefault(component + ":" + code, code)));
            out.write('}');
        }
    }

    static String quote(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
