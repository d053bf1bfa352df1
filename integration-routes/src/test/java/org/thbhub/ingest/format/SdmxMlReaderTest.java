package org.thbhub.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.thbhub.ingest.format.TestSupport.fixture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.validation.Problem;
import org.thbhub.validation.ProblemCode;
import org.thbhub.validation.ValidationReport;

class SdmxMlReaderTest {

    private final ValidationReport report = new ValidationReport();
    private final TestSupport.Collected rows = new TestSupport.Collected();
    private final SdmxMlReader reader = new SdmxMlReader(ReadLimits.defaults());

    private void read(String fixture) throws IOException {
        try (InputStream in = Files.newInputStream(fixture(fixture))) {
            reader.read(in, rows, report);
        }
    }

    private void read(byte[] xml) throws IOException {
        reader.read(new ByteArrayInputStream(xml), rows, report);
    }

    @Test
    void readsSeriesAndObservationsOfBothStructures() throws IOException {
        read("stat.xml");
        assertThat(report.snapshot().problems()).isEmpty();
        assertThat(rows.observations)
                .extracting(
                        r -> r.position().line(),
                        ObservationRow::indicator,
                        ObservationRow::sex,
                        ObservationRow::timePeriod,
                        ObservationRow::obsValue,
                        ObservationRow::action)
                .containsExactly(
                        tuple(25, "VICT", "F", "2022", "41", "Replace"),
                        tuple(26, "VICT", "F", "2023", "", "Replace"),
                        tuple(29, "PROS", "_T", "2023", "12", "Replace"));
        assertThat(rows.observations.get(1).confStatus()).isEqualTo("A");
        assertThat(rows.observations.get(2).comment()).isEqualTo("provisional");
        assertThat(rows.policies).hasSize(1);
        assertThat(rows.policies.get(0).status()).isEqualTo("YES");
        assertThat(rows.policies.get(0).policyItem()).isEqualTo("NAP");
    }

    @Test
    void externalEntityIsRefusedAndNothingIsRead() throws IOException {
        read("xxe.xml");
        assertThat(report.snapshot().problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(tuple(ProblemCode.XML_DTD_FORBIDDEN, 2));
        assertThat(rows.observations).isEmpty();
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() throws IOException {
        read("billion-laughs.xml");
        // refused where the DOCTYPE ends (line 12), before the first element: nothing expanded
        assertThat(report.snapshot().problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(tuple(ProblemCode.XML_DTD_FORBIDDEN, 12));
        assertThat(rows.observations).isEmpty();
        assertThat(rows.policies).isEmpty();
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n");
        xml.append("<a>".repeat(10_000)).append("</a>".repeat(10_000));
        read(xml.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(report.snapshot().problems())
                .extracting(Problem::code, Problem::message)
                .containsExactly(
                        tuple(
                                ProblemCode.XML_TOO_DEEP,
                                "The XML nests elements deeper than 32 levels."));
    }

    @Test
    void thousandsOfAttributesAreRefused() throws IOException {
        StringBuilder xml =
                new StringBuilder(
                        "<?xml version=\"1.0\"?>\n<DataSet structureRef=\"THB:THB_STAT(1.0)\">\n<Obs");
        for (int i = 0; i < 5_000; i++) {
            xml.append(" a").append(i).append("=\"1\"");
        }
        xml.append("/></DataSet>");
        read(xml.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(report.snapshot().problems())
                .extracting(Problem::code, Problem::line, Problem::message)
                .containsExactly(
                        tuple(
                                ProblemCode.XML_TOO_MANY_ATTRIBUTES,
                                3,
                                "An XML element has 5000 attributes, more than the 100 accepted."));
    }

    @Test
    void malformedXmlIsReportedWithItsLine() throws IOException {
        read("malformed.xml");
        assertThat(report.snapshot().problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(tuple(ProblemCode.XML_MALFORMED, 5));
    }

    @Test
    void tooLargeIsFileTooLarge() throws IOException {
        SdmxMlReader small = new SdmxMlReader(ReadLimits.defaults().withMaxFileBytes(1_000));
        small.read(Files.newInputStream(fixture("stat.xml")), rows, report);
        assertThat(report.snapshot().problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.FILE_TOO_LARGE);
    }

    @Test
    void unknownStructureSkipsTheDataSet() throws IOException {
        read(
                ("<m:StructureSpecificData xmlns:m=\"urn:x\"><m:DataSet structureRef=\"ECB:EXR(1.0)\">"
                                + "<Obs REF_AREA=\"AUT\"/></m:DataSet></m:StructureSpecificData>")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(report.snapshot().problems())
                .extracting(Problem::code)
                .containsExactly(ProblemCode.STRUCTURE_UNKNOWN);
        assertThat(rows.observations).isEmpty();
    }
}
