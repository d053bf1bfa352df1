package org.thbhub.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Labels of codes (indicators, forms of exploitation, policy items) and the order of each code
 * list, as the code lists in the database give them; a code without a label is printed as is.
 *
 * @param orders each code list's codes in its {@code sort_order}, by code list id
 * @param shorts the short forms of long labels (for narrow columns), keyed as {@code labels}
 */
public record CodeLabels(
        Map<String, String> labels, Map<String, List<String>> orders, Map<String, String> shorts) {

    public static final CodeLabels NONE = new CodeLabels(Map.of());

    public CodeLabels {
        labels = Map.copyOf(labels);
        orders = Map.copyOf(orders);
        shorts = Map.copyOf(shorts);
    }

    public CodeLabels(Map<String, String> labels, Map<String, List<String>> orders) {
        this(labels, orders, Map.of());
    }

    /** The short form of a code's label in a list, or its label when it has none. */
    public String shortOf(String list, String code) {
        String key = qualified(list, code);
        String found = shorts.get(key);
        if (found == null) {
            found = shorts.get(code);
        }
        return found != null ? found : of(list, code);
    }

    /** Labels without list orders: codes print in alphabetical order. */
    public CodeLabels(Map<String, String> labels) {
        this(labels, Map.of());
    }

    /**
     * The codes given, in the order of code list {@code list}; codes the list does not have follow
     * in alphabetical order.
     */
    public List<String> inOrder(String list, Collection<String> codes) {
        TreeSet<String> rest = new TreeSet<>(codes);
        List<String> ordered = new ArrayList<>();
        for (String code : orders.getOrDefault(list, List.of())) {
            if (rest.remove(code)) {
                ordered.add(code);
            }
        }
        ordered.addAll(rest);
        return List.copyOf(ordered);
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
        return phrase(code, java.util.Locale.UK);
    }

    /** {@link #phrase(String)} in a language's lower case. */
    public String phrase(String code, java.util.Locale locale) {
        String label = labels.get(code);
        return label == null ? code : label.toLowerCase(locale);
    }

    /** "National action plan (NAP)", or the code alone when it has no label. */
    public String withCode(String code) {
        String label = labels.get(code);
        return label == null ? code : label + " (" + code + ")";
    }
}
