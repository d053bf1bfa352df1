package org.thbhub.web.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What every SDMX-ML 2.1 message shares: namespaces, the writer, the header. */
final class SdmxXml {

    static final String MESSAGE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    static final String COMMON = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    static final String STRUCTURE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    static final String GENERIC = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
    static final String SS =
            "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SdmxXml() {}

    static XMLStreamWriter writer(OutputStream out) throws IOException {
        try {
            return FACTORY.createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML", e);
        }
    }

    /** The message header; {@code structure} writes the message:Structure element, if any. */
    static void header(XMLStreamWriter w, Instant prepared, StructurePart structure)
            throws XMLStreamException {
        w.writeStartElement("message", "Header", MESSAGE);
        element(w, "message", "ID", MESSAGE, "THB" + UUID.randomUUID().toString().replace("-", ""));
        element(w, "message", "Test", MESSAGE, "false");
        element(
                w,
                "message",
                "Prepared",
                MESSAGE,
                prepared.truncatedTo(ChronoUnit.SECONDS).toString());
        w.writeEmptyElement("message", "Sender", MESSAGE);
        w.writeAttribute("id", SdmxFlow.AGENCY);
        if (structure != null) {
            structure.write(w);
        }
        w.writeEndElement();
    }

    interface StructurePart {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    /** The header's message:Structure of a data message: which flow, which dimension at obs. */
    static StructurePart dataStructure(SdmxFlow flow, String dimensionAtObservation, boolean ss) {
        return w -> {
            w.writeStartElement("message", "Structure", MESSAGE);
            w.writeAttribute("structureID", flow.structureId());
            if (ss) {
                w.writeAttribute("namespace", namespace(flow, dimensionAtObservation));
            }
            w.writeAttribute("dimensionAtObservation", dimensionAtObservation);
            w.writeStartElement("common", "StructureUsage", COMMON);
            w.writeEmptyElement("Ref");
            w.writeAttribute("agencyID", SdmxFlow.AGENCY);
            w.writeAttribute("id", flow.name());
            w.writeAttribute("version", SdmxFlow.VERSION);
            w.writeEndElement();
            w.writeEndElement();
        };
    }

    static String namespace(SdmxFlow flow, String dimensionAtObservation) {
        return flow.urn() + ":ObsLevelDim:" + dimensionAtObservation;
    }

    static void element(XMLStreamWriter w, String prefix, String name, String ns, String text)
            throws XMLStreamException {
        w.writeStartElement(prefix, name, ns);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    static void name(XMLStreamWriter w, String text) throws XMLStreamException {
        w.writeStartElement("common", "Name", COMMON);
        w.writeAttribute("xml", XML, "lang", "en");
        w.writeCharacters(text);
        w.writeEndElement();
    }

    static void description(XMLStreamWriter w, String text) throws XMLStreamException {
        w.writeStartElement("common", "Description", COMMON);
        w.writeAttribute("xml", XML, "lang", "en");
        w.writeCharacters(text);
        w.writeEndElement();
    }

    /** An SDMX 2.1 error message (web services guidelines: 100, 140, 150, 500...). */
    static void error(OutputStream out, int code, String text) throws IOException {
        try {
            XMLStreamWriter w = writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("message", "Error", MESSAGE);
            w.writeNamespace("message", MESSAGE);
            w.writeNamespace("common", COMMON);
            w.writeStartElement("message", "ErrorMessage", MESSAGE);
            w.writeAttribute("code", Integer.toString(code));
            w.writeStartElement("common", "Text", COMMON);
            w.writeAttribute("xml", XML, "lang", "en");
            w.writeCharacters(text);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the error message", e);
        }
    }
}
