package org.thbhub.ingest;

import java.util.List;
import java.util.Optional;
import org.thbhub.reference.CountryCode;

/**
 * A snapshot of the code lists, taken once per file so that a file is judged against one consistent
 * state. The database-backed implementation lives with the reference data.
 */
public interface CodeLists {

    /** The codes of a list in a stable order (the order gives each code a small ordinal). */
    List<String> codes(CodeList list);

    default boolean contains(CodeList list, String code) {
        return codes(list).contains(code);
    }

    /** The countries that may report (REF_AREA), in a stable order. */
    List<CountryCode> countries();

    /** A reporting country by its alpha-3 or alpha-2 code, any case. */
    Optional<CountryCode> country(String alpha2or3);
}
