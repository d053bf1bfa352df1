package org.thbhub.report;

import java.util.Map;

/**
 * Labels of codes (indicators, forms of exploitation, policy items) as the code lists in the
 * database give them; a code without a label is printed as is.
 */
public record CodeLabels(Map<String, String> labels) {

    public static final CodeLabels NONE = new CodeLabels(Map.of());

    public CodeLabels {
        labels = Map.copyOf(labels);
    }

    public String of(String code) {
        return labels.getOrDefault(code, code);
    }
}
