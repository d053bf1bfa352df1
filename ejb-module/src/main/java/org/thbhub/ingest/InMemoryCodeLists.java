package org.thbhub.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.thbhub.reference.CountryCode;

/**
 * Code lists held in memory: for tests, for tools, and as the frozen snapshot a database-backed
 * implementation can hand out. It holds no codes of its own: they come from a builder or from a
 * text such as
 *
 * <pre>
 * INDICATOR=VICT,PROS
 * COUNTRIES=AT:AUT,DE:DEU
 * </pre>
 */
public final class InMemoryCodeLists implements CodeLists {

    private final Map<CodeList, List<String>> codes;
    private final Map<CodeList, Set<String>> lookup;
    private final List<CountryCode> countries;
    private final Map<String, CountryCode> countryIndex;

    private InMemoryCodeLists(Builder b) {
        Map<CodeList, List<String>> c = new EnumMap<>(CodeList.class);
        Map<CodeList, Set<String>> l = new EnumMap<>(CodeList.class);
        for (CodeList list : CodeList.values()) {
            Set<String> set = b.codes.getOrDefault(list, new LinkedHashSet<>());
            c.put(list, List.copyOf(set));
            l.put(list, Set.copyOf(set));
        }
        this.codes = Collections.unmodifiableMap(c);
        this.lookup = Collections.unmodifiableMap(l);
        this.countries = List.copyOf(b.countries.values());
        this.countryIndex = Map.copyOf(b.countryIndex);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads lines {@code LIST=code,code} and {@code COUNTRIES=AT:AUT,...}; # starts a comment. */
    public static InMemoryCodeLists parse(Reader text) throws IOException {
        Builder b = builder();
        BufferedReader in = new BufferedReader(text);
        String line;
        while ((line = in.readLine()) != null) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not LIST=codes: " + l);
            }
            String name = l.substring(0, eq).strip();
            String[] items = l.substring(eq + 1).split(",");
            for (String item : items) {
                String code = item.strip();
                if (code.isEmpty()) {
                    continue;
                }
                if (name.equals("COUNTRIES")) {
                    String[] pair = code.split(":");
                    b.country(pair[0], pair[1]);
                } else {
                    b.codes(CodeList.valueOf(name), code);
                }
            }
        }
        return b.build();
    }

    @Override
    public List<String> codes(CodeList list) {
        return codes.get(list);
    }

    @Override
    public boolean contains(CodeList list, String code) {
        return lookup.get(list).contains(code);
    }

    @Override
    public List<CountryCode> countries() {
        return countries;
    }

    @Override
    public Optional<CountryCode> country(String alpha2or3) {
        if (alpha2or3 == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(countryIndex.get(alpha2or3.strip().toUpperCase(Locale.ROOT)));
    }

    /** Collects codes; later calls add to a list, they never replace it. */
    public static final class Builder {
        private final Map<CodeList, Set<String>> codes = new EnumMap<>(CodeList.class);
        private final Map<String, CountryCode> countries = new LinkedHashMap<>();
        private final Map<String, CountryCode> countryIndex = new HashMap<>();

        private Builder() {}

        public Builder codes(CodeList list, String... values) {
            Set<String> set = codes.computeIfAbsent(list, k -> new LinkedHashSet<>());
            for (String v : values) {
                set.add(Objects.requireNonNull(v).strip());
            }
            return this;
        }

        public Builder country(String iso2, String iso3) {
            CountryCode code = CountryCode.of(iso3);
            countries.put(code.iso3(), code);
            countryIndex.put(code.iso3(), code);
            countryIndex.put(iso2.strip().toUpperCase(Locale.ROOT), code);
            return this;
        }

        public InMemoryCodeLists build() {
            return new InMemoryCodeLists(this);
        }
    }
}
