package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/** Hostile files get a clean refusal with a code, and the server keeps serving. */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    @AfterEach
    void serverStillServes() {
        assertThat(Api.get("/reference/countries", User.ANONYMOUS).status()).isEqualTo(200);
        assertThat(ServerLog.text()).doesNotContain("OutOfMemoryError");
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aCellBeyondExcelsLastColumn() {
        Answer answer =
                Api.upload(
                        "?filename=beyond.xlsx",
                        User.RAPPORTEUR_AUT,
                        XLSX,
                        Fixtures.fixture("xlsx-cell-beyond-last-column.xlsx"));
        refused(answer, "XLSX_CELL_OUT_OF_RANGE");
        // recorded and readable, with its bytes
        String id = answer.json().get("id").asText();
        assertThat(Api.get("/submissions/" + id, User.RAPPORTEUR_AUT).status()).isEqualTo(200);
        assertThat(Api.get("/submissions/" + id + "/file", User.RAPPORTEUR_AUT).status())
                .isEqualTo(200);
    }

    @Test
    void aZipWhoseDirectoryLiesAboutItsSizes() {
        refused(
                Api.upload(
                        "?filename=lying.xlsx",
                        User.RAPPORTEUR_AUT,
                        XLSX,
                        Fixtures.fixture("xlsx-lying-sizes.xlsx")),
                "XLSX_UNSAFE");
    }

    @Test
    void aFirstLineOverTheLineLimit() {
        refused(
                Api.upload(
                        "",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.fixture("csv-first-line-too-long.csv")),
                "LINE_TOO_LONG");
    }

    @Test
    void aFieldOverTheFieldLimit() {
        refused(
                Api.upload(
                        "",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.fixture("csv-field-too-long.csv")),
                "FIELD_TOO_LONG");
    }

    @Test
    void nulCharactersAndValuesLongerThanTheirColumn() {
        Answer answer =
                Api.upload(
                        "",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.fixture("csv-control-characters-and-long-values.csv"));
        refused(answer, "CONTROL_CHARACTER");
        assertThat(answer.body()).contains("VALUE_TOO_LONG").doesNotContain("c".repeat(100));
    }

    @Test
    void aScriptAsSourceUrl() {
        refused(
                Api.upload(
                        "",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.fixture("policy-bad-url.csv")),
                "URL_NOT_HTTP");
    }

    @Test
    void aDryRunOfAHostileFileAnswers200WithTheVerdictAndStoresNothing() {
        Answer answer =
                Api.upload(
                        "?dryRun=true&filename=beyond-dry.xlsx",
                        User.RAPPORTEUR_AUT,
                        XLSX,
                        Fixtures.fixture("xlsx-cell-beyond-last-column.xlsx"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(answer.body()).contains("XLSX_CELL_OUT_OF_RANGE");
        String id = answer.json().get("id").asText();
        ProblemJsonIT.assertProblem(Api.get("/submissions/" + id, User.RAPPORTEUR_AUT), 404);
    }

    static void refused(Answer answer, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(answer.body()).contains(code);
    }

    @Test
    void externalEntities() {
        refused(
                Api.upload("", User.RAPPORTEUR_AUT, "application/xml", Fixtures.fixture("xxe.xml")),
                "XML_DTD_FORBIDDEN");
    }

    @Test
    void billionLaughs() {
        refused(
                Api.upload(
                        "",
                        User.RAPPORTEUR_AUT,
                        "application/xml",
                        Fixtures.fixture("billion-laughs.xml")),
                "XML_DTD_FORBIDDEN");
    }

    @Test
    void deepNesting() {
        String xml = "<?xml version=\"1.0\"?>" + "<a>".repeat(5_000) + "</a>".repeat(5_000);
        refused(
                Api.upload(
                        "",
                        User.RAPPORTEUR_AUT,
                        "application/xml",
                        xml.getBytes(StandardCharsets.UTF_8)),
                "XML_TOO_DEEP");
    }

    @Test
    void thousandsOfAttributes() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><a");
        for (int i = 0; i < 5_000; i++) {
            xml.append(" x").append(i).append("=\"1\"");
        }
        xml.append("/>");
        refused(
                Api.upload(
                        "",
                        User.RAPPORTEUR_AUT,
                        "application/xml",
                        xml.toString().getBytes(StandardCharsets.UTF_8)),
                "XML_TOO_MANY_ATTRIBUTES");
    }

    @Test
    void zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        refused(
                Api.upload(
                        "?filename=bomb.xlsx",
                        User.RAPPORTEUR_AUT,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        bytes.toByteArray()),
                "XLSX_UNSAFE");
    }

    @Test
    void latin1() {
        refused(
                Api.upload("", User.RAPPORTEUR_AUT, "text/csv", Fixtures.fixture("latin1.csv")),
                "ENCODING_INVALID");
    }

    @Test
    void raggedRows() {
        refused(
                Api.upload(
                        "",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        Fixtures.fixture("ragged-and-multiline.csv")),
                "ROW_RAGGED");
    }

    @Test
    void emptyAndHeaderOnly() {
        refused(Api.upload("", User.RAPPORTEUR_AUT, "text/csv", new byte[0]), "NO_DATA_ROWS");
        refused(
                Api.upload(
                        "", User.RAPPORTEUR_AUT, "text/csv", Fixtures.fixture("header-only.csv")),
                "NO_DATA_ROWS");
    }

    @Test
    void oversized() {
        ProblemJsonIT.assertProblem(
                Api.upload("", User.RAPPORTEUR_AUT, "text/csv", new byte[12_000_000]), 413);
    }
}
