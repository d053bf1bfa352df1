package org.thbhub.common.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SafeCsvWriterTest {

    private String written(Object... cells) throws IOException {
        StringWriter out = new StringWriter();
        SafeCsvWriter csv = new SafeCsvWriter(out);
        csv.record(cells);
        csv.flush();
        return out.toString();
    }

    @Test
    void freeTextThatASpreadsheetWouldRunGetsALeadingQuote() throws IOException {
        assertThat(written(SafeCsvWriter.text("=HYPERLINK(\"http://x\")")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"\r\n");
        assertThat(written(SafeCsvWriter.text("+1+cmd|' /C calc'!A0"))).startsWith("\"'+1+cmd");
        assertThat(written(SafeCsvWriter.text("-2+3"))).isEqualTo("\"'-2+3\"\r\n");
        assertThat(written(SafeCsvWriter.text("@SUM(A1)"))).isEqualTo("\"'@SUM(A1)\"\r\n");
        assertThat(written(SafeCsvWriter.text("\tx"))).isEqualTo("\"'\tx\"\r\n");
        assertThat(written(SafeCsvWriter.text("\rx"))).isEqualTo("\"'\rx\"\r\n");
    }

    @Test
    void codesNumbersAndOrdinaryTextNeverChange() throws IOException {
        assertThat(written("AUT", "_T", 2020, -5L, SafeCsvWriter.text("provisional, by region")))
                .isEqualTo("AUT,_T,2020,-5,\"provisional, by region\"\r\n");
        assertThat(written(SafeCsvWriter.text("-5"), SafeCsvWriter.text("+3.2%"), null))
                .isEqualTo("-5,+3.2%,\r\n");
        assertThat(written(SafeCsvWriter.text(" leading blank"), SafeCsvWriter.text("say \"hi\"")))
                .isEqualTo("\" leading blank\",\"say \"\"hi\"\"\"\r\n");
    }
}
