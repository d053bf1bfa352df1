package org.thbhub.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Test
    void codesFollowTheirListsOrderAndUnknownOnesFollowAlphabetically() {
        CodeLabels ordered =
                new CodeLabels(Map.of(), Map.of("AGE", List.of("Y_LT18", "Y_GE18", "UNK")));

        assertThat(ordered.inOrder("AGE", Set.of("UNK", "Y_GE18", "Y_15_17", "Y_LT18")))
                .containsExactly("Y_LT18", "Y_GE18", "UNK", "Y_15_17");
        assertThat(ordered.inOrder("SEX", Set.of("M", "F"))).containsExactly("F", "M");
        assertThat(CodeLabels.NONE.inOrder("AGE", Set.of())).isEmpty();
    }
}
