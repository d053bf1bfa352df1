package org.thbhub.ingest.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.ingest.PolicyRow;
import org.thbhub.ingest.RowSink;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.ingest.Structure;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.ValidationReport;

/**
 * Reads SDMX-ML 2.1 StructureSpecificData with StAX, one element at a time. Hardened: a DTD (and
 * with it every entity trick, billion laughs included) ends the read, external entities are never
 * resolved, and depth, attributes per element and total size are bounded.
 */
public final class SdmxMlReader {

    private static final String POLICY_MEASURE = "STATUS";

    private final ReadLimits limits;

    public SdmxMlReader(ReadLimits limits) {
        this.limits = limits;
    }

    public void read(InputStream in, RowSink sink, ValidationReport report) throws IOException {
        CountingInputStream counted = new CountingInputStream(in, limits.maxFileBytes());
        XMLStreamReader xml;
        try {
            xml = factory().createXMLStreamReader(counted);
        } catch (XMLStreamException e) {
            report.add(ProblemCode.XML_MALFORMED, SourcePosition.none(), null, e.getMessage());
            return;
        }
        try {
            new Parse(xml, sink, report).run();
        } catch (XMLStreamException e) {
            if (counted.exceeded()) {
                report.add(
                        ProblemCode.FILE_TOO_LARGE,
                        SourcePosition.none(),
                        null,
                        limits.maxFileBytes());
            } else {
                report.add(ProblemCode.XML_MALFORMED, at(e.getLocation()), null, plain(e));
            }
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // closing a reader that already failed tells nothing new
            }
        }
    }

    private static XMLInputFactory factory() {
        // the JDK's own implementation, whatever the server puts first on the class path
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private static SourcePosition at(Location location) {
        return location == null || location.getLineNumber() < 1
                ? SourcePosition.none()
                : SourcePosition.line(location.getLineNumber());
    }

    private static String plain(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + 9).strip() : m.strip();
    }

    /** The state of one read. */
    private final class Parse {
        private final XMLStreamReader xml;
        private final RowSink sink;
        private final ValidationReport report;
        // structure id of the header's Structure element -> the THB structure it names
        private final Map<String, Optional<Structure>> declared = new HashMap<>();
        private String currentStructureId;
        private Optional<Structure> dataSetStructure = Optional.empty();
        private boolean inDataSet;
        private boolean skipDataSet;
        private String dataSetAction = "";
        private final Map<String, String> series = new HashMap<>();
        private int depth;
        // the text of a URN element while it is being read
        private StringBuilder text;

        Parse(XMLStreamReader xml, RowSink sink, ValidationReport report) {
            this.xml = xml;
            this.sink = sink;
            this.report = report;
        }

        void run() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        report.add(ProblemCode.XML_DTD_FORBIDDEN, at(xml.getLocation()), null);
                        return;
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        report.add(ProblemCode.XML_DTD_FORBIDDEN, at(xml.getLocation()), null);
                        return;
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (!start()) {
                            return;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS -> text();
                    default -> {}
                }
            }
        }

        private void text() {
            if (text != null) {
                text.append(xml.getText());
            }
        }

        /** False when the file must not be read further. */
        private boolean start() {
            depth++;
            SourcePosition at = at(xml.getLocation());
            if (depth > limits.maxXmlDepth()) {
                report.add(ProblemCode.XML_TOO_DEEP, at, null, limits.maxXmlDepth());
                return false;
            }
            int attributes = xml.getAttributeCount();
            if (attributes > limits.maxXmlAttributes()) {
                report.add(
                        ProblemCode.XML_TOO_MANY_ATTRIBUTES,
                        at,
                        null,
                        attributes,
                        limits.maxXmlAttributes());
                return false;
            }
            String name = xml.getLocalName();
            switch (name) {
                case "Structure" -> {
                    if (!inDataSet && attribute("structureID") != null) {
                        currentStructureId = attribute("structureID");
                        declared.put(currentStructureId, Optional.empty());
                    }
                }
                case "URN" -> text = new StringBuilder();
                case "Ref" -> {
                    if (currentStructureId != null) {
                        declared.put(
                                currentStructureId,
                                Structure.of(
                                        attribute("agencyID"),
                                        attribute("id"),
                                        attribute("version")));
                    }
                }
                case "DataSet" -> startDataSet(at);
                case "Series" -> {
                    series.clear();
                    if (inDataSet && !skipDataSet) {
                        for (int i = 0; i < attributes; i++) {
                            series.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                        }
                    }
                }
                case "Obs" -> {
                    if (inDataSet && !skipDataSet) {
                        observation(at);
                    }
                }
                default -> {}
            }
            return true;
        }

        private void end() {
            depth--;
            String name = xml.getLocalName();
            if (name.equals("URN") && text != null && currentStructureId != null) {
                declared.put(currentStructureId, Structure.fromReference(text.toString()));
                text = null;
            } else if (name.equals("Structure") && !inDataSet) {
                currentStructureId = null;
            } else if (name.equals("DataSet")) {
                inDataSet = false;
            } else if (name.equals("Series")) {
                series.clear();
            }
        }

        private void startDataSet(SourcePosition at) {
            inDataSet = true;
            skipDataSet = false;
            String ref = attribute("structureRef");
            dataSetAction = attribute("action") == null ? "" : attribute("action");
            Optional<Structure> s =
                    ref == null ? Optional.empty() : declared.getOrDefault(ref, Optional.empty());
            if (s.isEmpty() && ref != null) {
                s = Structure.fromReference(ref);
            }
            if (s.isEmpty() && ref == null && declared.size() == 1) {
                s = declared.values().iterator().next();
            }
            if (s.isEmpty()) {
                report.add(
                        ProblemCode.STRUCTURE_UNKNOWN,
                        at,
                        "structureRef",
                        ref == null ? "(none)" : ref);
                skipDataSet = true;
            }
            dataSetStructure = s;
        }

        private void observation(SourcePosition at) {
            Map<String, String> values = new HashMap<>(series);
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                values.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            }
            String action = values.getOrDefault("ACTION", dataSetAction);
            if (dataSetStructure.orElseThrow() == Structure.THB_STAT) {
                sink.observation(ObservationRow.fromColumns(at, action, values::get));
            } else {
                values.putIfAbsent(POLICY_MEASURE, values.get("OBS_VALUE"));
                sink.policy(PolicyRow.fromColumns(at, action, values::get));
            }
        }

        private String attribute(String localName) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(localName)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }
    }

    /** Counts bytes and stops the parser once the file is larger than allowed. */
    static final class CountingInputStream extends FilterInputStream {
        private final long max;
        private long count;

        CountingInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        boolean exceeded() {
            return count > max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > max) {
                throw new IOException("more than " + max + " bytes");
            }
        }
    }
}
