package org.thbhub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SourcePositionTest {

    @Test
    void anotherRowOfATextFileIsALine() {
        SourcePosition other = SourcePosition.line(3).atLine(17);

        assertThat(other).isEqualTo(SourcePosition.line(17));
        assertThat(other.describe("OBS_VALUE")).isEqualTo("line 17");
    }

    @Test
    void anotherRowOfASheetKeepsItsSheetAndColumns() {
        SourcePosition first = SourcePosition.sheetRow("Data", 7, Map.of("OBS_VALUE", "I"));

        SourcePosition other = first.atLine(12);

        assertThat(other.describe("OBS_VALUE")).isEqualTo("Data!I12");
        assertThat(other.describe("COMMENT")).as("a field without a column").isEqualTo("Data!A12");
    }

    @Test
    void withoutAPlaceItIsAnotherRow() {
        assertThat(SourcePosition.none().describe("OBS_VALUE")).isEqualTo("another row");
    }
}
