package org.thbhub.web.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** SDMX-ML 2.1 StructureSpecificData: codes as attributes named after their components. */
final class StructureSpecificMessage implements DataMessage {

    private final XMLStreamWriter w;
    private final SdmxFlow flow;

    StructureSpecificMessage(OutputStream out, DataRequest request, Instant prepared)
            throws IOException {
        this.w = SdmxXml.writer(out);
        this.flow = request.flow();
        String atObs = Formats.dimensionAtObservation(request);
        try {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("message", "StructureSpecificData", SdmxXml.MESSAGE);
            w.writeNamespace("message", SdmxXml.MESSAGE);
            w.writeNamespace("common", SdmxXml.COMMON);
            w.writeNamespace("ss", SdmxXml.SS);
            w.writeNamespace("xsi", SdmxXml.XSI);
            w.writeNamespace("ns1", SdmxXml.namespace(flow, atObs));
            SdmxXml.header(w, prepared, SdmxXml.dataStructure(flow, atObs, true));
            w.writeStartElement("message", "DataSet", SdmxXml.MESSAGE);
            w.writeAttribute("ss", SdmxXml.SS, "dataScope", "DataStructure");
            w.writeAttribute("xsi", SdmxXml.XSI, "type", "ns1:DataSetType");
            w.writeAttribute("ss", SdmxXml.SS, "structureRef", flow.structureId());
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void startSeries(List<String> ids, List<String> codes) throws IOException {
        try {
            w.writeStartElement("Series");
            for (int i = 0; i < ids.size(); i++) {
                w.writeAttribute(ids.get(i), codes.get(i));
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void observation(
            List<String> ids, List<String> codes, String value, List<String> attributes)
            throws IOException {
        try {
            w.writeEmptyElement("Obs");
            for (int i = 0; i < ids.size(); i++) {
                w.writeAttribute(ids.get(i), codes.get(i));
            }
            if (value != null) {
                w.writeAttribute(SdmxFlow.OBS_VALUE, value);
            }
            for (int i = 0; i < attributes.size(); i++) {
                if (attributes.get(i) != null) {
                    w.writeAttribute(flow.attributes().get(i).id(), attributes.get(i));
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
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
