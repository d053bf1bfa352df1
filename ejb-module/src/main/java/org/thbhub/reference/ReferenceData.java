package org.thbhub.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Countries, regions and code lists: data seeded by migrations (db/migration V2, V3), read here,
 * with their names in the language asked for (V8: {@code label_language} and the {@code *_label}
 * tables; a name a language lacks is read in English). Nothing of it is hard-coded in Java.
 */
@Stateless
public class ReferenceData {

    @PersistenceContext(unitName = "thb")
    private EntityManager em;

    /** The languages there are labels for, in their order ({@code en} first). */
    public List<String> languages() {
        return em
                .createNativeQuery("select code from label_language order by sort_order, code")
                .getResultList()
                .stream()
                .map(ReferenceData::text)
                .toList();
    }

    /**
     * The language to answer a request in: {@link Languages#choose} among the languages there are
     * labels for.
     */
    public String language(String lang, String acceptLanguage) {
        return Languages.choose(lang, acceptLanguage, languages());
    }

    /** The countries with their English names. */
    public List<Country> countries() {
        return countries(Languages.ENGLISH);
    }

    /** The countries with their names and their regions' names in a language. */
    public List<Country> countries(String lang) {
        return countriesWhere(lang, "", Map.of());
    }

    public Optional<Country> country(CountryCode iso3) {
        return countriesWhere(Languages.ENGLISH, " and c.iso3 = :iso3", Map.of("iso3", iso3.iso3()))
                .stream()
                .findFirst();
    }

    /**
     * The names: the language's label, else the English label, else the seeded name (the label
     * tables and the names can only disagree if a migration forgets one).
     */
    private List<Country> countriesWhere(
            String lang, String condition, Map<String, Object> params) {
        var query =
                em.createNativeQuery(
                        "select c.iso3, c.iso2, c.m49, coalesce(cl.name, ce.name, c.name),"
                                + " c.osce_status, r.code, coalesce(rl.name, re.name, r.name)"
                                + " from country c"
                                + " join region_member m on m.country_iso3 = c.iso3"
                                + " and m.grouping_code = '"
                                + Region.M49_SUBREGION
                                + "'"
                                + " join region r on r.grouping_code = m.grouping_code"
                                + " and r.code = m.region_code"
                                + " left join country_label cl on cl.iso3 = c.iso3"
                                + " and cl.lang = :lang"
                                + " left join country_label ce on ce.iso3 = c.iso3"
                                + " and ce.lang = 'en'"
                                + " left join region_label rl on rl.grouping_code = r.grouping_code"
                                + " and rl.region_code = r.code and rl.lang = :lang"
                                + " left join region_label re on re.grouping_code = r.grouping_code"
                                + " and re.region_code = r.code and re.lang = 'en'"
                                + " where 1 = 1"
                                + condition
                                + " order by c.iso3");
        query.setParameter("lang", lang);
        params.forEach(query::setParameter);
        List<Country> countries = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            countries.add(
                    new Country(
                            CountryCode.of(text(c[0])),
                            text(c[1]),
                            text(c[2]),
                            text(c[3]),
                            OsceStatus.fromCode(text(c[4])),
                            new Region(Region.M49_SUBREGION, text(c[5]), text(c[6]))));
        }
        return countries;
    }

    /** The code lists with their English labels. */
    public List<CodeList> codeLists() {
        return codeLists(Languages.ENGLISH);
    }

    /** The code lists with their names and labels in a language (English where it has none). */
    public List<CodeList> codeLists(String lang) {
        List<?> rows =
                em.createNativeQuery(
                                "select l.id, coalesce(ll.name, le.name, l.name), c.code,"
                                        + " coalesce(cl.label, ce.label, c.label)"
                                        + " from code_list l"
                                        + " join code c on c.code_list_id = l.id"
                                        + " left join code_list_label ll on ll.code_list_id = l.id"
                                        + " and ll.lang = :lang"
                                        + " left join code_list_label le on le.code_list_id = l.id"
                                        + " and le.lang = 'en'"
                                        + " left join code_label cl on cl.code_list_id = c.code_list_id"
                                        + " and cl.code = c.code and cl.lang = :lang"
                                        + " left join code_label ce on ce.code_list_id = c.code_list_id"
                                        + " and ce.code = c.code and ce.lang = 'en'"
                                        + " order by l.sort_order, c.sort_order")
                        .setParameter("lang", lang)
                        .getResultList();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<CodeList.Code>> codes = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            names.putIfAbsent(text(r[0]), text(r[1]));
            codes.computeIfAbsent(text(r[0]), k -> new ArrayList<>())
                    .add(new CodeList.Code(text(r[2]), text(r[3])));
        }
        return names.entrySet().stream()
                .map(e -> new CodeList(e.getKey(), e.getValue(), codes.get(e.getKey())))
                .toList();
    }

    /** The code lists and countries a file is judged against, read once per file. */
    public CodeListSnapshot codeListSnapshot() {
        Map<org.thbhub.ingest.CodeList, List<String>> codes =
                new java.util.EnumMap<>(org.thbhub.ingest.CodeList.class);
        for (CodeList list : codeLists()) {
            for (org.thbhub.ingest.CodeList known : org.thbhub.ingest.CodeList.values()) {
                if (known.name().equals(list.id())) {
                    codes.put(known, list.codes().stream().map(CodeList.Code::code).toList());
                }
            }
        }
        List<Country> all = countries();
        Map<String, CountryCode> byCode = new java.util.HashMap<>();
        for (Country c : all) {
            byCode.put(c.iso3().iso3(), c.iso3());
            byCode.put(c.iso2(), c.iso3());
        }
        return new CodeListSnapshot(codes, all.stream().map(Country::iso3).toList(), byCode);
    }

    /** CHAR columns come back blank-padded from some drivers, and as Character for length 1. */
    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
