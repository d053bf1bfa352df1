package org.thbhub.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Codes of one list with small ordinals, so that a key fits into a long. */
final class CodeIndex {

    private final String[] codes;
    private final Map<String, Integer> ordinals;

    CodeIndex(List<String> codeList) {
        this.codes = codeList.toArray(String[]::new);
        this.ordinals = new HashMap<>(codes.length * 2);
        for (int i = 0; i < codes.length; i++) {
            ordinals.putIfAbsent(codes[i], i);
        }
    }

    /** The ordinal, or -1 for a code not in the list. */
    int ordinal(String code) {
        Integer o = ordinals.get(code);
        return o == null ? -1 : o;
    }

    String code(int ordinal) {
        return codes[ordinal];
    }

    int size() {
        return codes.length;
    }

    /** Bits to hold every ordinal (at least one). */
    int bits() {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, codes.length - 1)));
    }
}
