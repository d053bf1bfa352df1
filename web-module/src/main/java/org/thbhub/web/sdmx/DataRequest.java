package org.thbhub.web.sdmx;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data query of the SDMX 2.1 RESTful API, parsed: {@code data/{flowRef}/{key}/{providerRef}} and
 * its parameters. Anything malformed is a 400 that says what and where; a flow or provider that
 * does not exist is a 404.
 *
 * @param key one set of codes per key dimension, empty for every code
 * @param observationDimension the index in {@link SdmxFlow#dimensionIds()} of the dimension at the
 *     observation level, or -1 for AllDimensions
 */
record DataRequest(
        SdmxFlow flow,
        List<Set<String>> key,
        Optional<Integer> startYear,
        Optional<Integer> endYear,
        Optional<Instant> updatedAfter,
        Detail detail,
        int observationDimension) {

    static final int ALL_DIMENSIONS = -1;

    enum Detail {
        FULL,
        DATAONLY,
        SERIESKEYSONLY,
        NODATA;

        boolean withObservations() {
            return this == FULL || this == DATAONLY;
        }

        boolean withAttributes() {
            return this == FULL || this == NODATA;
        }
    }

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_@$\\-]+");
    private static final Pattern PERIOD =
            Pattern.compile("(\\d{4})(-(\\d{2})(-\\d{2})?|-[ASQMWD]\\d{1,3})?");

    DataRequest {
        key = List.copyOf(key);
    }

    static DataRequest parse(
            String flowRef,
            String keyText,
            String providerRef,
            String startPeriod,
            String endPeriod,
            String dimensionAtObservation,
            String detail,
            String updatedAfter) {
        SdmxFlow flow = flow(flowRef);
        provider(providerRef);
        Optional<Integer> start = year("startPeriod", startPeriod);
        Optional<Integer> end = year("endPeriod", endPeriod);
        return new DataRequest(
                flow,
                key(flow, keyText),
                start,
                end,
                instant("updatedAfter", updatedAfter),
                detail(detail),
                observationDimension(flow, dimensionAtObservation));
    }

    /** {@code THB_STAT}, {@code THB,THB_STAT} or {@code THB,THB_STAT,1.0} (or latest, all). */
    static SdmxFlow flow(String flowRef) {
        if (flowRef == null || flowRef.isBlank()) {
            throw SdmxException.syntax("the flow is missing: data/THB,THB_STAT,1.0/...");
        }
        String[] parts = flowRef.strip().split(",", -1);
        if (parts.length > 3) {
            throw SdmxException.syntax(
                    "flowRef " + flowRef + " has more than agency, id and version");
        }
        String agency = parts.length > 1 ? parts[0] : "all";
        String id = parts.length > 1 ? parts[1] : parts[0];
        String version = parts.length > 2 ? parts[2] : "latest";
        if (!isAll(agency) && !SdmxFlow.AGENCY.equals(agency)) {
            throw SdmxException.noResults("no dataflow of agency " + agency);
        }
        if (!isAll(version) && !"latest".equals(version) && !SdmxFlow.VERSION.equals(version)) {
            throw SdmxException.noResults("no dataflow " + id + " in version " + version);
        }
        return SdmxFlow.byId(id)
                .orElseThrow(
                        () ->
                                SdmxException.noResults(
                                        "no dataflow "
                                                + id
                                                + ": the flows are THB_STAT and THB_POLICY"));
    }

    private static void provider(String providerRef) {
        if (providerRef == null || providerRef.isBlank() || isAll(providerRef)) {
            return;
        }
        String agency = providerRef.split(",", -1)[0];
        if (!isAll(agency) && !SdmxFlow.AGENCY.equals(agency)) {
            throw SdmxException.noResults("no data provider " + providerRef);
        }
    }

    static List<Set<String>> key(SdmxFlow flow, String keyText) {
        int size = flow.dimensions().size();
        List<Set<String>> key = new ArrayList<>();
        if (keyText == null || keyText.isBlank() || isAll(keyText.strip())) {
            for (int i = 0; i < size; i++) {
                key.add(Set.of());
            }
            return key;
        }
        String[] parts = keyText.strip().split("\\.", -1);
        if (parts.length != size) {
            throw SdmxException.syntax(
                    "key "
                            + keyText
                            + " has "
                            + parts.length
                            + " dimensions; "
                            + flow.name()
                            + " has "
                            + size
                            + ": "
                            + String.join(
                                    ".",
                                    flow.dimensions().stream()
                                            .map(SdmxFlow.Component::id)
                                            .toList()));
        }
        for (int i = 0; i < size; i++) {
            String part = parts[i];
            if (part.isEmpty() || "*".equals(part)) {
                key.add(Set.of());
                continue;
            }
            Set<String> codes = new LinkedHashSet<>();
            for (String code : part.split("\\+", -1)) {
                if (!CODE.matcher(code).matches()) {
                    throw SdmxException.syntax(
                            "key "
                                    + keyText
                                    + ": '"
                                    + code
                                    + "' in position "
                                    + (i + 1)
                                    + " ("
                                    + flow.dimensions().get(i).id()
                                    + ") is not a code");
                }
                codes.add(code);
            }
            key.add(Set.copyOf(codes));
        }
        return key;
    }

    static Optional<Integer> year(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher m = PERIOD.matcher(value.strip());
        if (!m.matches()) {
            throw SdmxException.syntax(
                    name + " must be a period such as 2019 or 2019-01-01, not " + value);
        }
        return Optional.of(Integer.parseInt(m.group(1)));
    }

    static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        // a '+' of an offset arrives as a blank when the client did not encode it
        String text = value.strip().replace(' ', '+');
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(
                            LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
                } catch (DateTimeParseException e) {
                    throw SdmxException.syntax(
                            name
                                    + " must be an ISO-8601 date-time such as 2026-01-31T12:00:00Z, not "
                                    + value);
                }
            }
        }
    }

    static Detail detail(String value) {
        if (value == null || value.isBlank()) {
            return Detail.FULL;
        }
        try {
            return Detail.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw SdmxException.syntax(
                    "detail must be full, dataonly, serieskeysonly or nodata, not " + value);
        }
    }

    static int observationDimension(SdmxFlow flow, String value) {
        if (value == null || value.isBlank()) {
            return flow.dimensionIds().size() - 1;
        }
        if ("AllDimensions".equalsIgnoreCase(value.strip())) {
            return ALL_DIMENSIONS;
        }
        int index = flow.dimensionIds().indexOf(value.strip());
        if (index < 0) {
            throw SdmxException.semantic(
                    "dimensionAtObservation must be AllDimensions or one of "
                            + flow.dimensionIds()
                            + ", not "
                            + value);
        }
        return index;
    }

    /** Whether a row's key (TIME_PERIOD last) matches this query's key. */
    boolean matches(List<String> rowKey) {
        for (int i = 0; i < key.size(); i++) {
            if (!key.get(i).isEmpty() && !key.get(i).contains(rowKey.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAll(String text) {
        return "all".equalsIgnoreCase(text) || "*".equals(text);
    }
}
