package org.thbhub.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.thbhub.ingest.CodeList;
import org.thbhub.ingest.CodeLists;
import org.thbhub.ingest.Dimension;
import org.thbhub.ingest.Observation;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.validation.KeyCodec.Field;

/**
 * The checks that need every row of a file: duplicate keys, parts against totals, jumps from one
 * year to the next. Rows are kept as packed keys in a {@link RowTable}; each check re-orders the
 * keys so that the rows it compares stand together, and scans them once.
 */
final class ObservationFileCheck {

    private static final short EXCLUDED = (short) 0x8000;
    private static final String FOREIGN = "FOR";
    private static final String VICTIMS_PREFIX = "VICT";
    private static final int JUMP_FACTOR = 5;
    private static final int JUMP_MIN_DIFFERENCE = 50;

    private final KeyCodec codec;
    private final ImportKind kind;
    private final ValidationReport report;
    private final CodeIndex confStatus;
    private final CodeIndex obsStatus;
    private final int citizenSpecials;
    private final RowTable rows = new RowTable(1024);
    private SourcePosition template;
    // while a group check runs, keys hold this field in their lowest bits
    private Field movedField;

    ObservationFileCheck(
            KeyCodec codec, CodeLists codeLists, ImportKind kind, ValidationReport report) {
        this.codec = codec;
        this.kind = kind;
        this.report = report;
        this.confStatus = new CodeIndex(codeLists.codes(CodeList.CONF_STATUS));
        this.obsStatus = new CodeIndex(codeLists.codes(CodeList.OBS_STATUS));
        this.citizenSpecials = codeLists.codes(CodeList.CITIZEN).size();
    }

    void add(Observation o) {
        if (template == null) {
            template = o.position();
        }
        SourcePosition p = o.position();
        int line = p.inSheet() ? p.sheetRow() : p.line() == null ? 0 : p.line();
        int attr =
                o.action().ordinal()
                        | ((confStatus.ordinal(o.confStatus()) + 1) & 0x7f) << 2
                        | ((obsStatus.ordinal(o.obsStatus()) + 1) & 0x3f) << 9;
        rows.add(
                codec.pack(o.key()),
                o.value().isPresent() ? o.value().getAsLong() : RowTable.NO_VALUE,
                line,
                o.ordinal(),
                (short) attr);
    }

    /** Bytes the check holds for the rows added so far. */
    long footprintBytes() {
        return rows.capacityBytes();
    }

    int size() {
        return rows.size;
    }

    /**
     * Runs the checks and answers the ordinals of the rows not to store: ignored duplicates and
     * refused rows (conflicts, and for a national file rows whose parts exceed their total).
     */
    BitSet finish(BitSet notStored) {
        duplicates(notStored);
        for (Dimension d : Dimension.values()) {
            if (d.isBreakdown()) {
                byGroup(Field.valueOf(d.name()), d, notStored);
            }
        }
        byGroup(Field.YEAR, null, notStored);
        return notStored;
    }

    private void duplicates(BitSet notStored) {
        rows.sort();
        int n = rows.size;
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && rows.keys[end] == rows.keys[start]) {
                end++;
            }
            if (end - start > 1) {
                boolean same = true;
                for (int i = start + 1; i < end; i++) {
                    same &=
                            rows.values[i] == rows.values[start]
                                    && rows.attrs[i] == rows.attrs[start];
                }
                for (int i = start + 1; i < end; i++) {
                    notStored.set(rows.ordinals[i]);
                    rows.attrs[i] |= EXCLUDED;
                    if (same) {
                        report.add(
                                ProblemCode.DUPLICATE_KEY, position(i), "OBS_VALUE", where(start));
                    }
                }
                if (!same) {
                    notStored.set(rows.ordinals[start]);
                    rows.attrs[start] |= EXCLUDED;
                    String key = codec.describe(rows.keys[start]);
                    for (int i = start; i < end; i++) {
                        report.add(
                                ProblemCode.CONFLICTING_DUPLICATE,
                                position(i),
                                "OBS_VALUE",
                                key,
                                others(start, end, i));
                    }
                }
            }
            start = end;
        }
    }

    /** Groups the rows that differ only in one field, and checks each group. */
    private void byGroup(Field field, Dimension dimension, BitSet notStored) {
        int n = rows.size;
        long[] keys = rows.keys;
        for (int i = 0; i < n; i++) {
            keys[i] = codec.fieldLast(keys[i], field);
        }
        movedField = field;
        rows.sort();
        int fieldBits = codec.index(field).bits();
        for (int start = 0; start < n; ) {
            int end = start + 1;
            long group = keys[start] >>> fieldBits;
            while (end < n && keys[end] >>> fieldBits == group) {
                end++;
            }
            if (end - start > 1) {
                if (dimension == null) {
                    jumps(start, end, field);
                } else if (dimension.additivity() == Dimension.Additivity.ADDITIVE) {
                    additive(start, end, field, dimension, notStored);
                } else {
                    overlapping(start, end, field, dimension);
                }
            }
            start = end;
        }
        for (int i = 0; i < n; i++) {
            keys[i] = codec.fieldBack(keys[i], field);
        }
        movedField = null;
    }

    private long mask(Field f) {
        return (1L << codec.index(f).bits()) - 1;
    }

    private int value(int i, Field f) {
        return (int) (rows.keys[i] & mask(f));
    }

    private boolean live(int i) {
        return (rows.attrs[i] & EXCLUDED) == 0;
    }

    private boolean hasValue(int i) {
        return rows.values[i] != RowTable.NO_VALUE;
    }

    private void additive(int start, int end, Field field, Dimension dimension, BitSet notStored) {
        int totalOrdinal = codec.index(field).ordinal(Dimension.TOTAL);
        boolean citizen = dimension == Dimension.CITIZEN;
        int foreignOrdinal = citizen ? codec.index(field).ordinal(FOREIGN) : -1;
        int topParts = (citizen ? citizenSpecials : codec.index(field).size()) - 1;
        int total = -1;
        int foreign = -1;
        long topSum = 0;
        long countrySum = 0;
        int topGiven = 0;
        for (int i = start; i < end; i++) {
            if (!live(i)) {
                continue;
            }
            int v = value(i, field);
            if (v == totalOrdinal) {
                total = i;
            } else if (citizen && v >= citizenSpecials) {
                countrySum += hasValue(i) ? rows.values[i] : 0;
            } else if (v == foreignOrdinal) {
                foreign = i;
                topGiven += hasValue(i) ? 1 : 0;
            } else {
                topSum += hasValue(i) ? rows.values[i] : 0;
                topGiven += hasValue(i) ? 1 : 0;
            }
        }
        long foreignValue = foreign >= 0 && hasValue(foreign) ? rows.values[foreign] : 0;
        if (foreign >= 0 && hasValue(foreign) && countrySum > foreignValue) {
            exceeded(foreign, "CITIZEN=" + FOREIGN, countrySum, start, end, notStored);
        }
        if (total < 0 || !hasValue(total)) {
            return;
        }
        long sum = topSum + Math.max(foreignValue, countrySum);
        long totalValue = rows.values[total];
        if (sum > totalValue) {
            exceeded(total, dimension.name(), sum, start, end, notStored);
        } else if (topGiven == topParts && sum < totalValue) {
            report.add(
                    ProblemCode.PARTS_BELOW_TOTAL,
                    position(total),
                    "OBS_VALUE",
                    dimension.name(),
                    describe(total),
                    sum,
                    totalValue);
        }
    }

    private void exceeded(int total, String parts, long sum, int start, int end, BitSet notStored) {
        Severity severity = kind.partsExceedTotalSeverity();
        report.add(
                ProblemCode.PARTS_EXCEED_TOTAL,
                severity,
                position(total),
                "OBS_VALUE",
                parts,
                describe(total),
                sum,
                rows.values[total]);
        if (severity == Severity.ERROR) {
            for (int i = start; i < end; i++) {
                notStored.set(rows.ordinals[i]);
            }
        }
    }

    private void overlapping(int start, int end, Field field, Dimension dimension) {
        int totalOrdinal = codec.index(field).ordinal(Dimension.TOTAL);
        int total = -1;
        for (int i = start; i < end; i++) {
            if (live(i) && value(i, field) == totalOrdinal) {
                total = i;
            }
        }
        if (total < 0 || !hasValue(total)) {
            return;
        }
        for (int i = start; i < end; i++) {
            if (i != total && live(i) && hasValue(i) && rows.values[i] > rows.values[total]) {
                report.add(
                        ProblemCode.NON_ADDITIVE_PART_EXCEEDS_TOTAL,
                        position(i),
                        "OBS_VALUE",
                        dimension.name(),
                        codec.index(field).code(value(i, field)),
                        rows.values[i],
                        rows.values[total],
                        where(total));
            }
        }
    }

    private void jumps(int start, int end, Field year) {
        long key = codec.fieldBack(rows.keys[start], year);
        if (!codec.code(key, Field.INDICATOR).startsWith(VICTIMS_PREFIX)) {
            return;
        }
        int previous = -1;
        for (int i = start; i < end; i++) {
            if (!live(i) || !hasValue(i)) {
                continue;
            }
            if (previous >= 0 && value(i, year) == value(previous, year) + 1) {
                long a = rows.values[previous];
                long b = rows.values[i];
                long hi = Math.max(a, b);
                long lo = Math.min(a, b);
                if (hi > JUMP_FACTOR * lo && hi - lo > JUMP_MIN_DIFFERENCE) {
                    long k = codec.fieldBack(rows.keys[i], year);
                    report.add(
                            ProblemCode.YEAR_ON_YEAR_JUMP,
                            position(i),
                            "OBS_VALUE",
                            seriesName(k),
                            a,
                            codec.year(codec.fieldBack(rows.keys[previous], year)),
                            b,
                            codec.year(k));
                }
            }
            previous = i;
        }
    }

    private String seriesName(long key) {
        String d = codec.describe(key);
        return d.substring(0, d.lastIndexOf(' '));
    }

    /** The key of row i in words, also while one field is moved last. */
    private String describe(int i) {
        long k = rows.keys[i];
        return codec.describe(movedField == null ? k : codec.fieldBack(k, movedField));
    }

    private String others(int start, int end, int self) {
        List<String> list = new ArrayList<>();
        for (int i = start; i < end && list.size() < 5; i++) {
            if (i != self) {
                list.add(where(i));
            }
        }
        return String.join(", ", list);
    }

    private String where(int i) {
        return position(i).describe("OBS_VALUE");
    }

    private SourcePosition position(int i) {
        int line = rows.lines[i];
        return template == null || line <= 0 ? SourcePosition.none() : template.atLine(line);
    }
}
