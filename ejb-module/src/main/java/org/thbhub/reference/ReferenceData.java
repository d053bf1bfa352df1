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
 * Countries, regions and code lists: data seeded by migrations (db/migration V2, V3), read here.
 * Nothing of it is hard-coded in Java.
 */
@Stateless
public class ReferenceData {

    @PersistenceContext(unitName = "thb")
    private EntityManager em;

    public List<Country> countries() {
        return countriesWhere("", Map.of());
    }

    public Optional<Country> country(CountryCode iso3) {
        return countriesWhere(" and c.iso3 = :iso3", Map.of("iso3", iso3.iso3())).stream()
                .findFirst();
    }

    private List<Country> countriesWhere(String condition, Map<String, Object> params) {
        var query =
                em.createNativeQuery(
                        "select c.iso3, c.iso2, c.m49, c.name, c.osce_status, r.code, r.name"
                                + " from country c"
                                + " join region_member m on m.country_iso3 = c.iso3"
                                + " and m.grouping_code = '"
                                + Region.M49_SUBREGION
                                + "'"
                                + " join region r on r.grouping_code = m.grouping_code"
                                + " and r.code = m.region_code"
                                + " where 1 = 1"
                                + condition
                                + " order by c.iso3");
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

    public List<CodeList> codeLists() {
        List<?> rows =
                em.createNativeQuery(
                                "select l.id, l.name, c.code, c.label from code_list l"
                                        + " join code c on c.code_list_id = l.id"
                                        + " order by l.sort_order, c.sort_order")
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
