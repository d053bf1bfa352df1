package org.thbhub.web.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.thbhub.reference.CodeList;
import org.thbhub.reference.Country;

/**
 * The structural metadata of agency THB, version 1.0: two dataflows, their data structure
 * definitions, one concept scheme and the code lists, built from the reference data in the
 * database, and written as SDMX-ML 2.1 Structure messages.
 */
final class SdmxStructures {

    static final String CONCEPT_SCHEME = "CS_THB";

    /** Names of the concepts that have no code list of their own in the database. */
    private static final Map<String, String> OTHER_CONCEPTS =
            Map.of(
                    "REF_AREA", "Reference area",
                    "TIME_PERIOD", "Time period",
                    "OBS_VALUE", "Observation value",
                    "COMMENT", "Comment",
                    "LEGAL_REF", "Legal reference",
                    "SOURCE_URL", "Source URL");

    record Code(String id, String name) {}

    record Codelist(String id, String name, List<Code> codes) {}

    private final Map<String, Codelist> codelists = new LinkedHashMap<>();
    private final Map<String, String> concepts = new LinkedHashMap<>();

    SdmxStructures(List<Country> countries, List<CodeList> lists) {
        List<Code> areas = new ArrayList<>();
        countries.forEach(c -> areas.add(new Code(c.iso3().iso3(), c.name())));
        codelists.put("CL_REF_AREA", new Codelist("CL_REF_AREA", "Reference area", areas));
        for (CodeList list : lists) {
            String id = "CL_" + list.id();
            if (!SdmxFlow.THB_STAT.codelists().contains(id)
                    && !SdmxFlow.THB_POLICY.codelists().contains(id)) {
                continue; // ACTION is a column of files, not of the published data
            }
            List<Code> codes = new ArrayList<>();
            list.codes().forEach(c -> codes.add(new Code(c.code(), c.label())));
            if (list.id().equals("CITIZEN")) {
                codes.addAll(isoCountries());
            }
            codelists.put(id, new Codelist(id, list.name(), codes));
        }
        for (SdmxFlow flow : SdmxFlow.values()) {
            for (String id : conceptIds(flow)) {
                concepts.putIfAbsent(id, conceptName(id, lists));
            }
        }
    }

    /** Any other country is a code of citizenship too (design.md section 3). */
    private static List<Code> isoCountries() {
        List<Code> codes = new ArrayList<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            codes.add(new Code(locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH)));
        }
        codes.sort(java.util.Comparator.comparing(Code::id));
        return codes;
    }

    private static String conceptName(String id, List<CodeList> lists) {
        if (OTHER_CONCEPTS.containsKey(id)) {
            return OTHER_CONCEPTS.get(id);
        }
        return lists.stream()
                .filter(l -> l.id().equals(id))
                .map(CodeList::name)
                .findFirst()
                .orElse(id);
    }

    static List<String> conceptIds(SdmxFlow flow) {
        List<String> ids = new ArrayList<>(flow.dimensionIds());
        ids.add(SdmxFlow.OBS_VALUE);
        flow.attributes().forEach(a -> ids.add(a.id()));
        return ids;
    }

    Optional<Codelist> codelist(String id) {
        return Optional.ofNullable(codelists.get(id));
    }

    Set<String> codelistIds() {
        return codelists.keySet();
    }

    /** Names of concepts and codes, as SDMX-JSON labels them ("SEX", "SEX:F"). */
    Map<String, String> labels(SdmxFlow flow) {
        Map<String, String> labels = new java.util.HashMap<>(concepts);
        for (SdmxFlow.Component c : flow.dimensions()) {
            codelist(c.codelist())
                    .ifPresent(
                            l ->
                                    l.codes()
                                            .forEach(
                                                    code ->
                                                            labels.put(
                                                                    c.id() + ":" + code.id(),
                                                                    code.name())));
        }
        for (SdmxFlow.Component c : flow.attributes()) {
            if (c.codelist() != null) {
                codelist(c.codelist())
                        .ifPresent(
                                l ->
                                        l.codes()
                                                .forEach(
                                                        code ->
                                                                labels.put(
                                                                        c.id() + ":" + code.id(),
                                                                        code.name())));
            }
        }
        return labels;
    }

    /** What one structure query selected, with what its references bring along. */
    record Selection(
            Set<SdmxFlow> dataflows,
            Set<SdmxFlow> structures,
            Set<String> codelists,
            boolean conceptScheme) {

        boolean isEmpty() {
            return dataflows.isEmpty()
                    && structures.isEmpty()
                    && codelists.isEmpty()
                    && !conceptScheme;
        }
    }

    /**
     * Resolves {@code {type}/{agency}/{id}/{version}?references=}: agency THB or all, version 1.0,
     * latest or all, id an artefact's or all. References: none, parents, parentsandsiblings,
     * children, descendants, all, or the type of artefact wanted.
     */
    Selection select(String type, String agency, String id, String version, String references) {
        String refs =
                references == null || references.isBlank()
                        ? "none"
                        : references.strip().toLowerCase(Locale.ROOT);
        if (!Set.of(
                        "none",
                        "parents",
                        "parentsandsiblings",
                        "children",
                        "descendants",
                        "all",
                        "dataflow",
                        "datastructure",
                        "codelist",
                        "conceptscheme")
                .contains(refs)) {
            throw SdmxException.syntax(
                    "references must be none, parents, parentsandsiblings, children, descendants,"
                            + " all or a structure type, not "
                            + references);
        }
        Set<SdmxFlow> flows = new LinkedHashSet<>();
        Set<SdmxFlow> dsds = new LinkedHashSet<>();
        Set<String> lists = new LinkedHashSet<>();
        boolean scheme = false;
        boolean agencyMatches = isAll(agency) || SdmxFlow.AGENCY.equals(agency);
        boolean versionMatches =
                isAll(version)
                        || "latest".equalsIgnoreCase(version)
                        || SdmxFlow.VERSION.equals(version);
        if (!agencyMatches || !versionMatches) {
            return new Selection(flows, dsds, lists, false);
        }
        boolean down = Set.of("children", "descendants", "all").contains(refs);
        boolean deep = Set.of("descendants", "all").contains(refs);
        boolean up = Set.of("parents", "parentsandsiblings", "all").contains(refs);
        switch (type) {
            case "dataflow" -> {
                for (SdmxFlow flow : SdmxFlow.values()) {
                    if (isAll(id) || flow.name().equals(id)) {
                        flows.add(flow);
                        if (down || refs.equals("datastructure")) {
                            dsds.add(flow);
                        }
                        if (deep || refs.equals("codelist")) {
                            lists.addAll(flow.codelists());
                        }
                        scheme |= deep || refs.equals("conceptscheme");
                    }
                }
            }
            case "datastructure" -> {
                for (SdmxFlow flow : SdmxFlow.values()) {
                    if (isAll(id) || flow.name().equals(id)) {
                        dsds.add(flow);
                        if (down || refs.equals("codelist")) {
                            lists.addAll(flow.codelists());
                        }
                        scheme |= down || refs.equals("conceptscheme");
                        if (up || refs.equals("dataflow")) {
                            flows.add(flow);
                        }
                    }
                }
            }
            case "codelist" -> {
                for (String list : codelists.keySet()) {
                    if (isAll(id) || list.equals(id)) {
                        lists.add(list);
                        for (SdmxFlow flow : SdmxFlow.values()) {
                            if ((up || refs.equals("datastructure"))
                                    && flow.codelists().contains(list)) {
                                dsds.add(flow);
                            }
                        }
                    }
                }
            }
            case "conceptscheme" -> {
                if (isAll(id) || CONCEPT_SCHEME.equals(id)) {
                    scheme = true;
                    if (up || refs.equals("datastructure")) {
                        dsds.addAll(List.of(SdmxFlow.values()));
                    }
                }
            }
            default -> throw SdmxException.noResults("no structure type " + type);
        }
        return new Selection(flows, dsds, lists, scheme);
    }

    void write(OutputStream out, Selection selection, Instant prepared) throws IOException {
        try {
            XMLStreamWriter w = SdmxXml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("message", "Structure", SdmxXml.MESSAGE);
            w.writeNamespace("message", SdmxXml.MESSAGE);
            w.writeNamespace("common", SdmxXml.COMMON);
            w.writeNamespace("str", SdmxXml.STRUCTURE);
            SdmxXml.header(w, prepared, null);
            w.writeStartElement("message", "Structures", SdmxXml.MESSAGE);
            if (!selection.dataflows().isEmpty()) {
                w.writeStartElement("str", "Dataflows", SdmxXml.STRUCTURE);
                for (SdmxFlow flow : selection.dataflows()) {
                    dataflow(w, flow);
                }
                w.writeEndElement();
            }
            if (!selection.codelists().isEmpty()) {
                w.writeStartElement("str", "Codelists", SdmxXml.STRUCTURE);
                for (String id : selection.codelists()) {
                    codelist(w, codelists.get(id));
                }
                w.writeEndElement();
            }
            if (selection.conceptScheme()) {
                w.writeStartElement("str", "Concepts", SdmxXml.STRUCTURE);
                conceptScheme(w);
                w.writeEndElement();
            }
            if (!selection.structures().isEmpty()) {
                w.writeStartElement("str", "DataStructures", SdmxXml.STRUCTURE);
                for (SdmxFlow flow : selection.structures()) {
                    dataStructure(w, flow);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the structure message", e);
        }
    }

    private static void maintainable(XMLStreamWriter w, String id, String urnClass)
            throws XMLStreamException {
        w.writeAttribute("id", id);
        w.writeAttribute(
                "urn",
                "urn:sdmx:org.sdmx.infomodel."
                        + urnClass
                        + "="
                        + SdmxFlow.AGENCY
                        + ":"
                        + id
                        + "("
                        + SdmxFlow.VERSION
                        + ")");
        w.writeAttribute("agencyID", SdmxFlow.AGENCY);
        w.writeAttribute("version", SdmxFlow.VERSION);
        w.writeAttribute("isFinal", "true");
    }

    private static void dataflow(XMLStreamWriter w, SdmxFlow flow) throws XMLStreamException {
        w.writeStartElement("str", "Dataflow", SdmxXml.STRUCTURE);
        maintainable(w, flow.name(), "datastructure.Dataflow");
        SdmxXml.name(w, flow.title());
        SdmxXml.description(w, flow.description());
        w.writeStartElement("str", "Structure", SdmxXml.STRUCTURE);
        ref(w, flow.name(), null, "datastructure", "DataStructure");
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void codelist(XMLStreamWriter w, Codelist list) throws XMLStreamException {
        w.writeStartElement("str", "Codelist", SdmxXml.STRUCTURE);
        maintainable(w, list.id(), "codelist.Codelist");
        SdmxXml.name(w, list.name());
        for (Code code : list.codes()) {
            w.writeStartElement("str", "Code", SdmxXml.STRUCTURE);
            w.writeAttribute("id", code.id());
            w.writeAttribute(
                    "urn",
                    "urn:sdmx:org.sdmx.infomodel.codelist.Code="
                            + SdmxFlow.AGENCY
                            + ":"
                            + list.id()
                            + "("
                            + SdmxFlow.VERSION
                            + ")."
                            + code.id());
            SdmxXml.name(w, code.name());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void conceptScheme(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("str", "ConceptScheme", SdmxXml.STRUCTURE);
        maintainable(w, CONCEPT_SCHEME, "conceptscheme.ConceptScheme");
        SdmxXml.name(w, "THB Hub concepts");
        for (var concept : concepts.entrySet()) {
            w.writeStartElement("str", "Concept", SdmxXml.STRUCTURE);
            w.writeAttribute("id", concept.getKey());
            w.writeAttribute(
                    "urn",
                    "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept="
                            + SdmxFlow.AGENCY
                            + ":"
                            + CONCEPT_SCHEME
                            + "("
                            + SdmxFlow.VERSION
                            + ")."
                            + concept.getKey());
            SdmxXml.name(w, concept.getValue());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void dataStructure(XMLStreamWriter w, SdmxFlow flow) throws XMLStreamException {
        w.writeStartElement("str", "DataStructure", SdmxXml.STRUCTURE);
        maintainable(w, flow.name(), "datastructure.DataStructure");
        SdmxXml.name(w, flow.title());
        w.writeStartElement("str", "DataStructureComponents", SdmxXml.STRUCTURE);

        w.writeStartElement("str", "DimensionList", SdmxXml.STRUCTURE);
        w.writeAttribute("id", "DimensionDescriptor");
        int position = 1;
        for (SdmxFlow.Component d : flow.dimensions()) {
            w.writeStartElement("str", "Dimension", SdmxXml.STRUCTURE);
            w.writeAttribute("id", d.id());
            w.writeAttribute("position", Integer.toString(position++));
            concept(w, d.id());
            enumeration(w, d.codelist());
            w.writeEndElement();
        }
        w.writeStartElement("str", "TimeDimension", SdmxXml.STRUCTURE);
        w.writeAttribute("id", SdmxFlow.TIME_PERIOD);
        w.writeAttribute("position", Integer.toString(position));
        concept(w, SdmxFlow.TIME_PERIOD);
        w.writeStartElement("str", "LocalRepresentation", SdmxXml.STRUCTURE);
        w.writeEmptyElement("str", "TextFormat", SdmxXml.STRUCTURE);
        w.writeAttribute("textType", "ObservationalTimePeriod");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();

        w.writeStartElement("str", "AttributeList", SdmxXml.STRUCTURE);
        w.writeAttribute("id", "AttributeDescriptor");
        for (SdmxFlow.Component a : flow.attributes()) {
            w.writeStartElement("str", "Attribute", SdmxXml.STRUCTURE);
            w.writeAttribute("id", a.id());
            w.writeAttribute("assignmentStatus", "Conditional");
            concept(w, a.id());
            if (a.codelist() != null) {
                enumeration(w, a.codelist());
            } else {
                text(w);
            }
            w.writeStartElement("str", "AttributeRelationship", SdmxXml.STRUCTURE);
            w.writeStartElement("str", "PrimaryMeasure", SdmxXml.STRUCTURE);
            w.writeEmptyElement("Ref");
            w.writeAttribute("id", SdmxFlow.OBS_VALUE);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();

        w.writeStartElement("str", "MeasureList", SdmxXml.STRUCTURE);
        w.writeAttribute("id", "MeasureDescriptor");
        w.writeStartElement("str", "PrimaryMeasure", SdmxXml.STRUCTURE);
        w.writeAttribute("id", SdmxFlow.OBS_VALUE);
        concept(w, SdmxFlow.OBS_VALUE);
        if (flow.measureCodelist().isPresent()) {
            enumeration(w, flow.measureCodelist().get());
        } else {
            w.writeStartElement("str", "LocalRepresentation", SdmxXml.STRUCTURE);
            w.writeEmptyElement("str", "TextFormat", SdmxXml.STRUCTURE);
            w.writeAttribute("textType", "Integer");
            w.writeAttribute("minValue", "0");
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();

        w.writeEndElement();
        w.writeEndElement();
    }

    private static void concept(XMLStreamWriter w, String id) throws XMLStreamException {
        w.writeStartElement("str", "ConceptIdentity", SdmxXml.STRUCTURE);
        w.writeEmptyElement("Ref");
        w.writeAttribute("id", id);
        w.writeAttribute("maintainableParentID", CONCEPT_SCHEME);
        w.writeAttribute("maintainableParentVersion", SdmxFlow.VERSION);
        w.writeAttribute("agencyID", SdmxFlow.AGENCY);
        w.writeAttribute("package", "conceptscheme");
        w.writeAttribute("class", "Concept");
        w.writeEndElement();
    }

    private static void enumeration(XMLStreamWriter w, String codelist) throws XMLStreamException {
        w.writeStartElement("str", "LocalRepresentation", SdmxXml.STRUCTURE);
        w.writeStartElement("str", "Enumeration", SdmxXml.STRUCTURE);
        ref(w, codelist, null, "codelist", "Codelist");
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("str", "LocalRepresentation", SdmxXml.STRUCTURE);
        w.writeEmptyElement("str", "TextFormat", SdmxXml.STRUCTURE);
        w.writeAttribute("textType", "String");
        w.writeEndElement();
    }

    private static void ref(XMLStreamWriter w, String id, String unused, String pkg, String cls)
            throws XMLStreamException {
        w.writeEmptyElement("Ref");
        w.writeAttribute("id", id);
        w.writeAttribute("version", SdmxFlow.VERSION);
        w.writeAttribute("agencyID", SdmxFlow.AGENCY);
        w.writeAttribute("package", pkg);
        w.writeAttribute("class", cls);
    }

    private static boolean isAll(String text) {
        return text == null || text.isBlank() || "all".equalsIgnoreCase(text) || "*".equals(text);
    }
}
