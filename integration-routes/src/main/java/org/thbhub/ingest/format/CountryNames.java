package org.thbhub.ingest.format;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.thbhub.reference.CountryCode;

/**
 * English country names to ISO alpha-3 codes: the JDK's names for every ISO country, plus the UN's
 * official names where they differ ("Republic of Moldova", "Türkiye"). Matching ignores case,
 * accents and "&" for "and"; anything else (misspellings, demonyms, regions) stays unmapped, so
 * that the import reports it instead of guessing.
 */
final class CountryNames {

    // UN names (as the UNODC uses them) that the JDK spells differently
    private static final Map<String, String> UN_NAMES =
            Map.ofEntries(
                    Map.entry("republic of moldova", "MDA"),
                    Map.entry("netherlands (kingdom of the)", "NLD"),
                    Map.entry("turkiye", "TUR"),
                    Map.entry("turkey", "TUR"),
                    Map.entry("russian federation", "RUS"),
                    Map.entry("bolivia (plurinational state of)", "BOL"),
                    Map.entry("iran (islamic republic of)", "IRN"),
                    Map.entry("venezuela (bolivarian republic of)", "VEN"),
                    Map.entry("viet nam", "VNM"),
                    Map.entry("united kingdom of great britain and northern ireland", "GBR"),
                    Map.entry("united republic of tanzania", "TZA"),
                    Map.entry("tanzania, united republic of", "TZA"),
                    Map.entry("syrian arab republic", "SYR"),
                    Map.entry("lao people's democratic republic", "LAO"),
                    Map.entry("democratic people's republic of korea", "PRK"),
                    Map.entry("republic of korea", "KOR"),
                    Map.entry("democratic republic of the congo", "COD"),
                    Map.entry("congo", "COG"),
                    Map.entry("state of palestine", "PSE"),
                    Map.entry("china, hong kong sar", "HKG"),
                    Map.entry("china, hong kong special administrative region", "HKG"),
                    Map.entry("china, taiwan province of china", "TWN"),
                    Map.entry("united states of america", "USA"),
                    Map.entry("czechia", "CZE"),
                    Map.entry("cabo verde", "CPV"),
                    Map.entry("north macedonia", "MKD"),
                    Map.entry("the former yugoslav republic of macedonia", "MKD"),
                    Map.entry("myanmar", "MMR"),
                    Map.entry("saint vincent and the grenadines", "VCT"),
                    Map.entry("eswatini", "SWZ"),
                    Map.entry("swaziland", "SWZ"),
                    Map.entry("brunei darussalam", "BRN"),
                    Map.entry("micronesia (federated states of)", "FSM"),
                    Map.entry("holy see", "VAT"));

    private final Map<String, String> byName = new HashMap<>();

    CountryNames() {
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            byName.put(normalise(l.getDisplayCountry(Locale.ENGLISH)), l.getISO3Country());
        }
        byName.putAll(UN_NAMES);
    }

    Optional<CountryCode> alpha3(String name) {
        String code = byName.get(normalise(name));
        return code == null ? Optional.empty() : Optional.of(new CountryCode(code));
    }

    static String normalise(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace("&", "and")
                .replaceAll("\\s+", " ");
    }
}
