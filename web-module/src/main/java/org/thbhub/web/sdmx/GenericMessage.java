package org.thbhub.web.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** SDMX-ML 2.1 GenericData: every code as a Value element naming its component. */
final class GenericMessage implements DataMessage {

    private final XMLStreamWriter w;
    private final SdmxFlow flow;
    private final boolean flat;

    GenericMessage(OutputStream out, DataRequest request, Instant prepared) throws IOException {
        this.w = SdmxXml.writer(out);
        this.flow = request.flow();
        this.flat = request.observationDimension() == DataRequest.ALL_DIMENSIONS;
        try {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("message", "GenericData", SdmxXml.MESSAGE);
            w.writeNamespace("message", SdmxXml.MESSAGE);
            w.writeNamespace("common", SdmxXml.COMMON);
            w.writeNamespace("generic", SdmxXml.GENERIC);
            SdmxXml.header(
                    w,
                    prepared,
                    SdmxXml.dataStructure(flow, Formats.dimensionAtObservation(request), false));
            w.writeStartElement("message", "DataSet", SdmxXml.MESSAGE);
            w.writeAttribute("structureRef", flow.structureId());
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void startSeries(List<String> ids, List<String> codes) throws IOException {
        try {
            w.writeStartElement("generic", "Series", SdmxXml.GENERIC);
            w.writeStartElement("generic", "SeriesKey", SdmxXml.GENERIC);
            values(ids, codes);
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void observation(
            List<String> ids, List<String> codes, String value, List<String> attributes)
            throws IOException {
        try {
            w.writeStartElement("generic", "Obs", SdmxXml.GENERIC);
            if (flat) {
                w.writeStartElement("generic", "ObsKey", SdmxXml.GENERIC);
                values(ids, codes);
                w.writeEndElement();
            } else {
                w.writeEmptyElement("generic", "ObsDimension", SdmxXml.GENERIC);
                w.writeAttribute("value", codes.get(0));
            }
            if (value != null) {
                w.writeEmptyElement("generic", "ObsValue", SdmxXml.GENERIC);
                w.writeAttribute("value", value);
            }
            boolean any = attributes.stream().anyMatch(a -> a != null);
            if (any) {
                w.writeStartElement("generic", "Attributes", SdmxXml.GENERIC);
                for (int i = 0; i < attributes.size(); i++) {
                    if (attributes.get(i) != null) {
                        w.writeEmptyElement("generic", "Value", SdmxXml.GENERIC);
                        w.writeAttribute("id", flow.attributes().get(i).id());
                        w.writeAttribute("value", attributes.get(i));
                    }
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void values(List<String> ids, List<String> codes) throws XMLStreamException {
        for (int i = 0; i < ids.size(); i++) {
            w.writeEmptyElement("generic", "Value", SdmxXml.GENERIC);
            w.writeAttribute("id", ids.get(i));
            w.writeAttribute("value", codes.get(i));
        }
    }

    @Override
    public void endSeries() throws IOException {
        try {
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
