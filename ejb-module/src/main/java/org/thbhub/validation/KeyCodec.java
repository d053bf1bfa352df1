package org.thbhub.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.thbhub.ingest.CodeList;
import org.thbhub.ingest.CodeLists;
import org.thbhub.ingest.ObservationKey;
import org.thbhub.reference.CountryCode;

/**
 * Packs an observation key into one long, each field in as few bits as its code list needs (about
 * 45 bits with the lists of design.md), so that whole-file checks hold 8 bytes per key instead of a
 * key object.
 */
final class KeyCodec {

    /** The fields of a key, most significant first. */
    enum Field {
        REF_AREA,
        INDICATOR,
        SEX,
        AGE,
        CITIZEN,
        EXPL,
        RECRUIT,
        YEAR
    }

    private static final Field[] FIELDS = Field.values();

    private final CodeIndex[] indexes = new CodeIndex[FIELDS.length];
    private final int[] shift = new int[FIELDS.length];
    private final int[] width = new int[FIELDS.length];
    private final int firstYear;

    KeyCodec(CodeLists codeLists, int firstYear, int lastYear) {
        this.firstYear = firstYear;
        indexes[Field.REF_AREA.ordinal()] =
                new CodeIndex(codeLists.countries().stream().map(CountryCode::iso3).toList());
        indexes[Field.INDICATOR.ordinal()] = new CodeIndex(codeLists.codes(CodeList.INDICATOR));
        indexes[Field.SEX.ordinal()] = new CodeIndex(codeLists.codes(CodeList.SEX));
        indexes[Field.AGE.ordinal()] = new CodeIndex(codeLists.codes(CodeList.AGE));
        indexes[Field.CITIZEN.ordinal()] = new CodeIndex(citizenCodes(codeLists));
        indexes[Field.EXPL.ordinal()] = new CodeIndex(codeLists.codes(CodeList.EXPL));
        indexes[Field.RECRUIT.ordinal()] = new CodeIndex(codeLists.codes(CodeList.RECRUIT));
        List<String> years = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            years.add(Integer.toString(y));
        }
        indexes[Field.YEAR.ordinal()] = new CodeIndex(years);
        int total = 0;
        for (int f = FIELDS.length - 1; f >= 0; f--) {
            width[f] = indexes[f].bits();
            shift[f] = total;
            total += width[f];
        }
        if (total > 62) {
            // a code list in the database grew beyond what a long key holds: a setup error,
            // not a problem of the file
            throw new IllegalStateException("observation keys need " + total + " bits");
        }
    }

    /** The special citizenship codes, then every ISO 3166-1 alpha-3 code the JDK knows. */
    static List<String> citizenCodes(CodeLists codeLists) {
        Set<String> all = new LinkedHashSet<>(codeLists.codes(CodeList.CITIZEN));
        all.addAll(new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)));
        return List.copyOf(all);
    }

    CodeIndex index(Field f) {
        return indexes[f.ordinal()];
    }

    long pack(ObservationKey k) {
        long key = 0;
        key = put(key, Field.REF_AREA, k.refArea().iso3());
        key = put(key, Field.INDICATOR, k.indicator());
        key = put(key, Field.SEX, k.sex());
        key = put(key, Field.AGE, k.age());
        key = put(key, Field.CITIZEN, k.citizen());
        key = put(key, Field.EXPL, k.expl());
        key = put(key, Field.RECRUIT, k.recruit());
        key = put(key, Field.YEAR, Integer.toString(k.year()));
        return key;
    }

    private long put(long key, Field f, String code) {
        int o = indexes[f.ordinal()].ordinal(code);
        if (o < 0) {
            throw new IllegalArgumentException(f + " code not validated: " + code);
        }
        return key | ((long) o << shift[f.ordinal()]);
    }

    int get(long key, Field f) {
        return (int) ((key >>> shift[f.ordinal()]) & ((1L << width[f.ordinal()]) - 1));
    }

    long with(long key, Field f, int ordinal) {
        long mask = ((1L << width[f.ordinal()]) - 1) << shift[f.ordinal()];
        return (key & ~mask) | ((long) ordinal << shift[f.ordinal()]);
    }

    int year(long key) {
        return firstYear + get(key, Field.YEAR);
    }

    /**
     * Moves a field to the least significant bits, keeping the others in order: sorted by the
     * result, the keys that differ only in that field stand together.
     */
    long fieldLast(long key, Field f) {
        int s = shift[f.ordinal()];
        int w = width[f.ordinal()];
        long value = (key >>> s) & ((1L << w) - 1);
        long low = key & ((1L << s) - 1);
        long rest = ((key >>> (s + w)) << s) | low;
        return (rest << w) | value;
    }

    /** The inverse of {@link #fieldLast}. */
    long fieldBack(long moved, Field f) {
        int s = shift[f.ordinal()];
        int w = width[f.ordinal()];
        long value = moved & ((1L << w) - 1);
        long rest = moved >>> w;
        long low = rest & ((1L << s) - 1);
        return ((rest >>> s) << (s + w)) | (value << s) | low;
    }

    /** "AUT VICT SEX=F AGE=_T CITIZEN=_T EXPL=_T RECRUIT=_T 2019" for messages. */
    String describe(long key) {
        StringBuilder b = new StringBuilder();
        b.append(code(key, Field.REF_AREA)).append(' ').append(code(key, Field.INDICATOR));
        for (Field f : List.of(Field.SEX, Field.AGE, Field.CITIZEN, Field.EXPL, Field.RECRUIT)) {
            b.append(' ').append(f.name()).append('=').append(code(key, f));
        }
        return b.append(' ').append(year(key)).toString();
    }

    String code(long key, Field f) {
        return indexes[f.ordinal()].code(get(key, f));
    }
}
