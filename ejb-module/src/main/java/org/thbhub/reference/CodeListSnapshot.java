package org.thbhub.reference;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.thbhub.ingest.CodeList;
import org.thbhub.ingest.CodeLists;

/**
 * The code lists and reporting countries as the database held them when a file arrived: one
 * consistent state for the whole file, read once.
 */
public final class CodeListSnapshot implements CodeLists {

    private final Map<CodeList, List<String>> codes;
    private final List<CountryCode> countries;
    private final Map<String, CountryCode> byAlpha2Or3;

    CodeListSnapshot(
            Map<CodeList, List<String>> codes,
            List<CountryCode> countries,
            Map<String, CountryCode> byAlpha2Or3) {
        this.codes = new EnumMap<>(codes);
        this.codes.replaceAll((list, values) -> List.copyOf(values));
        this.countries = List.copyOf(countries);
        this.byAlpha2Or3 = Map.copyOf(byAlpha2Or3);
    }

    @Override
    public List<String> codes(CodeList list) {
        return codes.getOrDefault(list, List.of());
    }

    @Override
    public List<CountryCode> countries() {
        return countries;
    }

    @Override
    public Optional<CountryCode> country(String alpha2or3) {
        return alpha2or3 == null
                ? Optional.empty()
                : Optional.ofNullable(byAlpha2Or3.get(alpha2or3.strip().toUpperCase(Locale.ROOT)));
    }
}
