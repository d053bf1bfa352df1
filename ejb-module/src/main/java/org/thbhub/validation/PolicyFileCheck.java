package org.thbhub.validation;

import java.util.BitSet;
import java.util.Objects;
import org.thbhub.ingest.CodeList;
import org.thbhub.ingest.CodeLists;
import org.thbhub.ingest.PolicyObservation;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.reference.CountryCode;

/** Duplicate keys (country, item, year) among the policy rows of a file. */
final class PolicyFileCheck {

    private final CodeIndex countries;
    private final CodeIndex items;
    private final CodeIndex statuses;
    private final int firstYear;
    private final ValidationReport report;
    private final RowTable rows = new RowTable(64);
    private SourcePosition template;

    PolicyFileCheck(CodeLists codeLists, int firstYear, ValidationReport report) {
        this.countries =
                new CodeIndex(codeLists.countries().stream().map(CountryCode::iso3).toList());
        this.items = new CodeIndex(codeLists.codes(CodeList.POLICY_ITEM));
        this.statuses = new CodeIndex(codeLists.codes(CodeList.POLICY_STATUS));
        this.firstYear = firstYear;
        this.report = report;
    }

    void add(PolicyObservation p) {
        if (template == null) {
            template = p.position();
        }
        long key =
                ((long) countries.ordinal(p.refArea().iso3()) << 40)
                        | ((long) items.ordinal(p.policyItem()) << 20)
                        | (p.year() - firstYear);
        // the whole content decides whether a repeated key is harmless
        long content =
                ((long) (statuses.ordinal(p.status()) + 1) << 32)
                        | (Objects.hash(p.legalRef(), p.sourceUrl(), p.comment()) & 0xffffffffL);
        SourcePosition at = p.position();
        int line = at.inSheet() ? at.sheetRow() : at.line() == null ? 0 : at.line();
        rows.add(key, content, line, p.ordinal(), (short) p.action().ordinal());
    }

    BitSet finish(BitSet notStored) {
        rows.sort();
        int n = rows.size;
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && rows.keys[end] == rows.keys[start]) {
                end++;
            }
            boolean same = true;
            for (int i = start + 1; i < end; i++) {
                same &= rows.values[i] == rows.values[start] && rows.attrs[i] == rows.attrs[start];
            }
            for (int i = start + 1; i < end; i++) {
                notStored.set(rows.ordinals[i]);
                if (same) {
                    report.add(ProblemCode.DUPLICATE_KEY, position(i), "STATUS", where(start));
                }
            }
            if (!same) {
                notStored.set(rows.ordinals[start]);
                for (int i = start; i < end; i++) {
                    report.add(
                            ProblemCode.CONFLICTING_DUPLICATE,
                            position(i),
                            "STATUS",
                            describe(rows.keys[i]),
                            where(i == start ? start + 1 : start));
                }
            }
            start = end;
        }
        return notStored;
    }

    private String describe(long key) {
        return countries.code((int) (key >>> 40))
                + " "
                + items.code((int) ((key >>> 20) & 0xfffff))
                + " "
                + (firstYear + (int) (key & 0xfffff));
    }

    private String where(int i) {
        return position(i).describe("STATUS");
    }

    private SourcePosition position(int i) {
        int line = rows.lines[i];
        return template == null || line <= 0 ? SourcePosition.none() : template.atLine(line);
    }
}
