package org.thbhub.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeLabelsTest {

    private final CodeLabels labels =
            new CodeLabels(
                    Map.of(
                            "OTH",
                            "Other forms of exploitation",
                            CodeLabels.qualified("SEX", "OTH"),
                            "Other",
                            CodeLabels.qualified("EXPL", "OTH"),
                            "Other forms of exploitation",
                            "NAP",
                            "National action plan"));

    @Test
    void aCodeTwoListsShareIsLabelledByItsOwnList() {
        assertThat(labels.of("SEX", "OTH")).isEqualTo("Other");
        assertThat(labels.of("EXPL", "OTH")).isEqualTo("Other forms of exploitation");
    }

    @Test
    void withoutAListSpecificLabelTheCodesLabelOrTheCodeItselfIsUsed() {
        assertThat(labels.of("POLICY_ITEM", "NAP")).isEqualTo("National action plan");
        assertThat(labels.of("SEX", "XYZ")).isEqualTo("XYZ");
    }
}
