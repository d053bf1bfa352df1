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

    /**
     * The label of a code in one list: the same code can mean different things in two lists ({@code
     * OTH} is "Other" for sex, "Other forms of exploitation" for forms).
     */
    public String of(String list, String code) {
        return labels.getOrDefault(qualified(list, code), of(code));
    }

    /** The key under which a list-specific label is kept. */
    public static String qualified(String list, String code) {
        return list + ":" + code;
    }

    /** The label inside a sentence: lower case; a code without a label stays as it is. */
    public String phrase(String code) {
        String label = labels.get(code);
        return label == null ? code : label.toLowerCase(java.util.Locale.UK);
    }

    /** "National action plan (NAP)", or the code alone when it has no label. */
    public String withCode(String code) {
        String label = labels.get(code);
        return label == null ? code : label + " (" + code + ")";
    }
}
