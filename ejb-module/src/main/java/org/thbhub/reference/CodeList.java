package org.thbhub.reference;

import java.util.List;
import java.util.Optional;

/**
 * A code list of design.md section 3 ("SEX": F, M, OTH, UNK, _T) with its labels in one language.
 */
public record CodeList(String id, String name, List<Code> codes) {

    public CodeList {
        codes = List.copyOf(codes);
    }

    public record Code(String code, String label) {}

    public Optional<Code> find(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
