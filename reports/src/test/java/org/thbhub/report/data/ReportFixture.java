package org.thbhub.report.data;

import static org.thbhub.report.data.ReportDatabase.LOADED;
import static org.thbhub.report.data.ReportDatabase.row;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thbhub.report.data.ReportDatabase.Row;

/**
 * The rows the report tests store, with the planted cases they look for: a superseded vintage, a
 * withdrawn value, values suppressed at source with and without their raw number, a missing value,
 * other countries' citizenship codes (folded into FOR) and the State's own (read as NAT), a
 * cross-tabulation and a breakdown of another indicator (both not read).
 */
final class ReportFixture {

    static final Instant EARLIER = LOADED.minus(Duration.ofDays(30));
    static final Instant WITHDRAWN = LOADED.minus(Duration.ofDays(10));

    /** DEU victims 2020, confidential: its raw value is stored and must never be printed. */
    static final long SECRET_TOTAL = 987_654;

    /** AUT children 2020, confidential with raw value. */
    static final long SECRET_CHILDREN = 55_555;

    /** AUT 2019 victims before the revision. */
    static final long AUT_2019_OLD = 90;

    static final Map<String, String> REGION_OF =
            Map.of(
                    "AUT", "155", "DEU", "155", "FRA", "155", "HUN", "151", "POL", "151", "UKR",
                    "151", "ROU", "151");

    final List<Row> rows = new ArrayList<>();

    ReportFixture() {
        // Western Europe
        rows.add(row("AUT", "VICT", 2018, 100));
        rows.add(row("AUT", "VICT", 2019, AUT_2019_OLD).valid(EARLIER, LOADED));
        rows.add(row("AUT", "VICT", 2019, 120));
        rows.add(row("AUT", "VICT", 2020, 130).obs("P"));
        rows.add(row("DEU", "VICT", 2018, 400));
        rows.add(row("DEU", "VICT", 2019, 420));
        rows.add(row("DEU", "VICT", 2020, SECRET_TOTAL).conf("C"));
        rows.add(row("FRA", "VICT", 2018, 250));
        rows.add(row("FRA", "VICT", 2019, 0).value(null).conf("A"));
        rows.add(row("FRA", "VICT", 2020, 260));
        // Eastern Europe
        rows.add(row("HUN", "VICT", 2018, 30));
        rows.add(row("HUN", "VICT", 2019, 35));
        rows.add(row("HUN", "VICT", 2020, 40));
        rows.add(row("POL", "VICT", 2018, 60));
        rows.add(row("POL", "VICT", 2019, 0).value(null).obs("M"));
        rows.add(row("POL", "VICT", 2020, 70));
        rows.add(row("UKR", "VICT", 2018, 200));
        rows.add(row("UKR", "VICT", 2019, 210));
        rows.add(row("UKR", "VICT", 2020, 220).obs("E"));
        rows.add(row("ROU", "VICT", 2019, 15).valid(EARLIER, WITHDRAWN));

        // citizenship: own code -> NAT, other countries -> FOR
        rows.add(row("AUT", "VICT", 2020, 40).citizen("AUT"));
        rows.add(row("AUT", "VICT", 2020, 10).citizen("DEU").obs("P"));
        rows.add(row("AUT", "VICT", 2020, 5).citizen("HUN"));
        rows.add(row("AUT", "VICT", 2020, 2).citizen("STLS"));
        // a State that gives FOR itself is taken at its word
        rows.add(row("DEU", "VICT", 2019, 100).citizen("NAT"));
        rows.add(row("DEU", "VICT", 2019, 200).citizen("FOR"));
        rows.add(row("DEU", "VICT", 2019, 150).citizen("POL"));
        rows.add(row("DEU", "VICT", 2019, 50).citizen("ROU"));
        // a suppressed country part makes the folded FOR suppressed
        rows.add(row("HUN", "VICT", 2020, 20).citizen("NAT"));
        rows.add(row("HUN", "VICT", 2020, 0).value(null).conf("A").citizen("ROU"));
        rows.add(row("HUN", "VICT", 2020, 12).citizen("SRB"));

        // other breakdowns
        rows.add(row("AUT", "VICT", 2020, 80).sex("F"));
        rows.add(row("AUT", "VICT", 2020, 50).sex("M"));
        rows.add(row("AUT", "VICT", 2020, SECRET_CHILDREN).age("Y_LT18").conf("C"));
        rows.add(row("AUT", "VICT", 2020, 60).age("Y_GE18"));
        rows.add(row("AUT", "VICT", 2020, 70).expl("SEX_EXP"));
        rows.add(row("AUT", "VICT", 2020, 40).expl("LAB_EXP"));
        // not read: a cross-tabulation, a breakdown of another indicator
        rows.add(row("AUT", "VICT", 2020, 7).sex("F").age("Y_LT18"));
        rows.add(row("AUT", "PROS", 2020, 9).sex("F"));
        rows.add(row("AUT", "PROS", 2020, 25));
        rows.add(row("AUT", "CONV", 2020, 11));
    }

    /** Stores the rows, two submissions of Austria and one of Germany, and policy statuses. */
    void store(ReportDatabase db) {
        UUID first = db.submission("AUT", EARLIER, "AUT-2019.csv");
        UUID second = db.submission("AUT", LOADED, "AUT-2020.csv");
        UUID other = db.submission("DEU", LOADED, "DEU-2020.csv");
        List<Row> early = rows.stream().filter(r -> r.validFrom().equals(EARLIER)).toList();
        List<Row> late = rows.stream().filter(r -> !r.validFrom().equals(EARLIER)).toList();
        db.insert(first, early);
        db.insert(second, late);
        db.policy(first, "AUT", "NAP", 2018, "NO");
        db.policy(first, "AUT", "NAP", 2019, "PARTIAL", EARLIER, LOADED);
        db.policy(second, "AUT", "NAP", 2019, "YES");
        db.policy(second, "AUT", "NRM_FUNC", 2020, "YES");
        db.policy(other, "DEU", "NAT_COORD", 2019, "YES");
    }

    /**
     * What a region's detected victims should be in a year, worked out from the rows: the sum of
     * the current, published State totals of its States.
     */
    Map<String, Long> victims(String region, int from, int to) {
        Map<String, Long> byYear = new LinkedHashMap<>();
        for (int year = from; year <= to; year++) {
            long sum = 0;
            for (Row r : rows) {
                if (r.current()
                        && r.year() == year
                        && r.indicator().equals("VICT")
                        && r.key().endsWith("._T._T._T._T._T." + year)
                        && region.equals(REGION_OF.get(r.refArea()))
                        && r.confStatus().equals("F")
                        && !r.obsStatus().equals("M")) {
                    sum += r.value();
                }
            }
            byYear.put(Integer.toString(year), sum);
        }
        return byYear;
    }
}
