package org.thbhub.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProblemCodeTest {

    @Test
    void everyCodeIsDocumentedWithItsSeverity() throws IOException {
        Path doc =
                Path.of(System.getProperty("thb.data.dir"))
                        .resolveSibling("docs")
                        .resolve("validation-codes.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(text)
                    .as(code.name())
                    .containsPattern("\\| `" + code.name() + "` \\| " + code.defaultSeverity());
        }
    }

    @Test
    void everyTemplateFormatsWithoutLeftoverPlaceholders() {
        for (ProblemCode code : ProblemCode.values()) {
            Object[] args = new Object[8];
            java.util.Arrays.fill(args, "x");
            assertThat(code.message(args)).doesNotContain("%s");
        }
    }
}
