package org.thbhub.web.sdmx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two dataflows of agency THB (design.md section 12), with their key order, attributes and the
 * code list of each coded component.
 */
enum SdmxFlow {
    THB_STAT(
            "THB statistics",
            "National statistics on trafficking in human beings",
            List.of(
                    new Component("REF_AREA", "CL_REF_AREA"),
                    new Component("INDICATOR", "CL_INDICATOR"),
                    new Component("SEX", "CL_SEX"),
                    new Component("AGE", "CL_AGE"),
                    new Component("CITIZEN", "CL_CITIZEN"),
                    new Component("EXPL", "CL_EXPL"),
                    new Component("RECRUIT", "CL_RECRUIT")),
            null,
            List.of(
                    new Component("OBS_STATUS", "CL_OBS_STATUS"),
                    new Component("CONF_STATUS", "CL_CONF_STATUS"),
                    new Component("COMMENT", null))),
    THB_POLICY(
            "THB policy status",
            "Building blocks of the national response to trafficking in human beings",
            List.of(
                    new Component("REF_AREA", "CL_REF_AREA"),
                    new Component("POLICY_ITEM", "CL_POLICY_ITEM")),
            "CL_POLICY_STATUS",
            List.of(
                    new Component("LEGAL_REF", null),
                    new Component("SOURCE_URL", null),
                    new Component("COMMENT", null)));

    static final String AGENCY = "THB";
    static final String VERSION = "1.0";
    static final String TIME_PERIOD = "TIME_PERIOD";
    static final String OBS_VALUE = "OBS_VALUE";

    /** A dimension or attribute; {@code codelist} is null for free text. */
    record Component(String id, String codelist) {}

    private final String title;
    private final String description;
    private final List<Component> dimensions;
    private final String measureCodelist;
    private final List<Component> attributes;

    SdmxFlow(
            String title,
            String description,
            List<Component> dimensions,
            String measureCodelist,
            List<Component> attributes) {
        this.title = title;
        this.description = description;
        this.dimensions = dimensions;
        this.measureCodelist = measureCodelist;
        this.attributes = attributes;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    /** The key dimensions in key order, TIME_PERIOD not included. */
    List<Component> dimensions() {
        return dimensions;
    }

    /** Every dimension id, TIME_PERIOD last: the order of a row's key. */
    List<String> dimensionIds() {
        List<String> ids = new java.util.ArrayList<>();
        dimensions.forEach(d -> ids.add(d.id()));
        ids.add(TIME_PERIOD);
        return ids;
    }

    Optional<String> measureCodelist() {
        return Optional.ofNullable(measureCodelist);
    }

    List<Component> attributes() {
        return attributes;
    }

    /** "THB:THB_STAT(1.0)", as SDMX-CSV's DATAFLOW column names it. */
    String reference() {
        return AGENCY + ":" + name() + "(" + VERSION + ")";
    }

    /** The id a data message's header gives the structure it uses. */
    String structureId() {
        return AGENCY + "_" + name() + "_" + VERSION.replace('.', '_');
    }

    String urn() {
        return "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + reference();
    }

    /** The code lists this flow's structure uses, measure included. */
    List<String> codelists() {
        List<String> ids = new java.util.ArrayList<>();
        dimensions.forEach(d -> ids.add(d.codelist()));
        measureCodelist().ifPresent(ids::add);
        attributes.stream().map(Component::codelist).filter(c -> c != null).forEach(ids::add);
        return ids;
    }

    static Optional<SdmxFlow> byId(String id) {
        for (SdmxFlow flow : values()) {
            if (flow.name().equals(id.toUpperCase(Locale.ROOT))) {
                return Optional.of(flow);
            }
        }
        return Optional.empty();
    }
}
