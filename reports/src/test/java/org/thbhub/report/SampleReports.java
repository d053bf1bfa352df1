package org.thbhub.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.thbhub.reference.CountryCode;

/**
 * Realistic report inputs: OSCE participating States from the reference list, deterministic
 * figures, and planted cases whose outcome the tests know (a suppressed raw value, a breakdown that
 * needs secondary suppression, a provisional year, a region that rose by exactly 18%).
 */
final class SampleReports {

    static final Instant AS_OF = Instant.parse("2024-03-15T09:30:00Z");
    static final Instant GENERATED_AT = Instant.parse("2024-03-16T14:05:00Z");
    static final String AS_OF_TEXT = "2024-03-15 09:30 UTC";

    /** UKR detected victims 2016: confidential, its raw value known to the data layer. */
    static final long PLANTED_CONFIDENTIAL = 54_321;

    /** AUT 2019: female victims confidential, so male victims must be hidden too. */
    static final long PLANTED_FEMALE = 4_321;

    static final long PLANTED_MALE = 5_678;
    static final long AUT_2019_TOTAL = 9_999;

    /** MDA 2019: children suppressed at source (small count); UNK is the smallest other part. */
    static final long MDA_ADULTS = 200;

    static final long MDA_UNKNOWN_AGE = 17;

    static final String SOURCE = "country submissions to THB Hub; UNODC GLOTIP baseline";

    static final List<String> POLICY_ITEMS =
            List.of(
                    "NAT_COORD",
                    "NAT_RAPP_INDEP",
                    "COORD_BODY",
                    "NAP",
                    "NRM_FUNC",
                    "LAW_COMPREHENSIVE",
                    "NON_PUNISH",
                    "SUPPLY_CHAIN_DD",
                    "PROC_ZERO_TOL",
                    "TECH_MISUSE_LAW",
                    "DEMAND_RED",
                    "BUDGET_ALLOC",
                    "DATA_SYSTEM");

    static final CodeLabels LABELS =
            new CodeLabels(
                    Map.ofEntries(
                            Map.entry("VICT", "Detected victims"),
                            Map.entry("POP", "Population"),
                            Map.entry("INVEST", "Investigations"),
                            Map.entry("PROS", "Persons prosecuted"),
                            Map.entry("CONV", "Persons convicted"),
                            Map.entry("SEX_EXP", "Sexual exploitation"),
                            Map.entry("LAB_EXP", "Forced labour"),
                            Map.entry("CRIM", "Forced criminality"),
                            Map.entry("OTH", "Other forms"),
                            Map.entry("F", "Female"),
                            Map.entry("M", "Male"),
                            Map.entry("Y_LT18", "Children (under 18)"),
                            Map.entry("Y_GE18", "Adults"),
                            Map.entry("UNK", "Unknown"),
                            Map.entry("NAT", "Own nationals"),
                            Map.entry("FOR", "Foreign nationals"),
                            Map.entry("ONLINE", "Online"),
                            Map.entry("OFFLINE", "Offline"),
                            Map.entry("NAT_COORD", "National coordinator"),
                            Map.entry("NRM_FUNC", "Functioning national referral mechanism"),
                            Map.entry("NAP", "National action plan"),
                            Map.entry("SUPPLY_CHAIN_DD", "Supply-chain due-diligence law")));

    record StateRow(String iso3, String name, String region, String regionName) {}

    private SampleReports() {}

    static List<StateRow> osceStates() {
        List<StateRow> rows = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(
                                SampleReports.class.getResourceAsStream(
                                        "/fixtures/osce-participating-states.csv"),
                                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                rows.add(new StateRow(f[1], f[3], f[7], f[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Four sub-regions, 2012 to 2019, with the planted cases. */
    static TrendReportData trend() {
        return trend(Set.of("143", "151", "155", "039"), 2012, 2019, Map.of());
    }

    /** All 57 participating States, 2005 to 2023: the size of a real report. */
    static TrendReportData fullTrend() {
        Set<String> all = new java.util.TreeSet<>();
        osceStates().forEach(s -> all.add(s.region()));
        return trend(all, 2005, 2023, Map.of());
    }

    static TrendReportData trend(
            Set<String> regionCodes, int from, int to, Map<String, String> renamed) {
        List<StateRow> rows = osceStates();
        Map<String, String> grouping = new LinkedHashMap<>();
        rows.forEach(r -> grouping.put(r.region(), r.regionName()));
        Map<String, Region> coloured = Region.withStableColours(grouping);
        List<Region> regions =
                coloured.values().stream().filter(r -> regionCodes.contains(r.code())).toList();
        List<ReportingState> states = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        List<PolicyStatus> policy = new ArrayList<>();
        for (StateRow row : rows) {
            if (!regionCodes.contains(row.region())) {
                continue;
            }
            ReportingState state =
                    new ReportingState(
                            CountryCode.of(row.iso3()),
                            renamed.getOrDefault(row.iso3(), row.name()),
                            row.region());
            states.add(state);
            observations.addAll(observationsOf(state.code(), from, to));
            policy.addAll(policyOf(state.code(), from, to));
        }
        return new TrendReportData(
                new TrendReportData.Filters(from, to),
                AS_OF,
                GENERATED_AT,
                regions,
                states,
                observations,
                policy,
                LABELS,
                SOURCE);
    }

    static CountryProfileData profile(String iso3, Map<String, String> renamed) {
        StateRow row =
                osceStates().stream().filter(r -> r.iso3().equals(iso3)).findFirst().orElseThrow();
        Map<String, String> grouping = new LinkedHashMap<>();
        osceStates().forEach(r -> grouping.put(r.region(), r.regionName()));
        Region region = Region.withStableColours(grouping).get(row.region());
        CountryCode code = CountryCode.of(iso3);
        String name = renamed.getOrDefault(iso3, row.name());
        List<SubmissionSummary> submissions =
                List.of(
                        new SubmissionSummary(
                                "3f6c1f0e-7d7a-4a53-9a57-1c0d8f1b2a01",
                                Instant.parse("2024-02-28T10:15:00Z"),
                                "SFTP",
                                "ACCEPTED",
                                renamed.getOrDefault("file", iso3 + "-2023.csv"),
                                412,
                                0,
                                3),
                        new SubmissionSummary(
                                "3f6c1f0e-7d7a-4a53-9a57-1c0d8f1b2a02",
                                Instant.parse("2024-02-27T16:40:00Z"),
                                "REST",
                                "REJECTED",
                                iso3 + "-2023.csv",
                                0,
                                7,
                                1),
                        new SubmissionSummary(
                                "3f6c1f0e-7d7a-4a53-9a57-1c0d8f1b2a03",
                                Instant.parse("2023-03-01T08:00:00Z"),
                                "WEB",
                                "ACCEPTED",
                                iso3 + "-2022.xlsx",
                                1_388,
                                0,
                                0));
        return new CountryProfileData(
                new ReportingState(code, name, row.region()),
                region,
                new TrendReportData.Filters(2012, 2019),
                AS_OF,
                GENERATED_AT,
                observationsOf(code, 2012, 2019),
                policyOf(code, 2012, 2019),
                submissions,
                LABELS,
                SOURCE);
    }

    static List<Observation> observationsOf(CountryCode state, int from, int to) {
        Random random = new Random(state.iso3().hashCode());
        List<Observation> out = new ArrayList<>();
        String iso3 = state.iso3();
        double victims = 40 + random.nextInt(2_400);
        long population = 1_000_000L + random.nextInt(80_000_000);
        double growth = 1.0 + random.nextDouble() * 0.05;
        boolean reportsBreakdowns = random.nextInt(5) > 0;
        boolean reportsOnline = random.nextInt(3) == 0;
        int firstYear =
                switch (iso3) {
                    case "TJK" -> from + 3;
                    case "KAZ", "KGZ", "UZB", "AUT", "MDA", "UKR" -> from;
                    default -> random.nextInt(6) == 0 ? from + 3 : from;
                };
        for (int year = from; year <= to; year++) {
            victims *= growth;
            long v = Math.round(victims);
            v = planted(iso3, year, v);
            out.add(Observation.total(state, "POP", year, Cell.of(population)));
            if (year < firstYear) {
                continue;
            }
            ObsStatus status =
                    iso3.equals("DEU") && year == to
                            ? ObsStatus.P
                            : iso3.equals("ITA") && year == from + 2 ? ObsStatus.E : ObsStatus.A;
            Cell total =
                    iso3.equals("UKR") && year == 2016
                            ? Cell.suppressed(ConfStatus.C, PLANTED_CONFIDENTIAL)
                            : iso3.equals("LIE")
                                    ? Cell.suppressed(ConfStatus.A, null)
                                    : Cell.of(v, status);
            out.add(Observation.total(state, "VICT", year, total));
            long prosecuted = Math.max(1, Math.round(v * (0.2 + random.nextDouble() * 0.3)));
            out.add(
                    Observation.total(
                            state, "INVEST", year, Cell.of(Math.round(prosecuted * 1.6))));
            out.add(Observation.total(state, "PROS", year, Cell.of(prosecuted)));
            long convicted = Math.round(prosecuted * (0.2 + random.nextDouble() * 0.5));
            out.add(
                    Observation.total(
                            state,
                            "CONV",
                            year,
                            convicted < 5
                                    ? Cell.suppressed(ConfStatus.A, null)
                                    : Cell.of(convicted)));
            if (!reportsBreakdowns && !iso3.equals("AUT") && !iso3.equals("MDA")) {
                continue;
            }
            if (iso3.equals("AUT") && year == 2019) {
                out.add(
                        part(
                                state,
                                Breakdown.sex("F"),
                                year,
                                Cell.suppressed(ConfStatus.C, PLANTED_FEMALE)));
                out.add(part(state, Breakdown.sex("M"), year, Cell.of(PLANTED_MALE)));
            } else {
                long f = Math.round(v * 0.68);
                out.add(part(state, Breakdown.sex("F"), year, Cell.of(f, status)));
                out.add(part(state, Breakdown.sex("M"), year, Cell.of(v - f, status)));
            }
            if (iso3.equals("MDA") && year == 2019) {
                out.add(
                        part(
                                state,
                                Breakdown.age("Y_LT18"),
                                year,
                                Cell.suppressed(ConfStatus.A, null)));
                out.add(part(state, Breakdown.age("Y_GE18"), year, Cell.of(MDA_ADULTS)));
                out.add(part(state, Breakdown.age("UNK"), year, Cell.of(MDA_UNKNOWN_AGE)));
            } else {
                long children = Math.round(v * (0.15 + random.nextDouble() * 0.2));
                out.add(part(state, Breakdown.age("Y_LT18"), year, Cell.of(children)));
                out.add(part(state, Breakdown.age("Y_GE18"), year, Cell.of(v - children)));
            }
            long foreign = Math.round(v * (0.2 + random.nextDouble() * 0.5));
            out.add(part(state, Breakdown.citizen("FOR"), year, Cell.of(foreign)));
            out.add(part(state, Breakdown.citizen("NAT"), year, Cell.of(v - foreign)));
            long sexual = Math.round(v * (0.35 + random.nextDouble() * 0.3));
            long labour = Math.round((v - sexual) * 0.7);
            long crim = Math.round((v - sexual - labour) * 0.6);
            out.add(part(state, Breakdown.expl("SEX_EXP"), year, Cell.of(sexual)));
            out.add(part(state, Breakdown.expl("LAB_EXP"), year, Cell.of(labour)));
            out.add(part(state, Breakdown.expl("CRIM"), year, Cell.of(crim)));
            out.add(
                    part(
                            state,
                            Breakdown.expl("OTH"),
                            year,
                            Cell.of(Math.max(0, v - sexual - labour - crim))));
            if (reportsOnline) {
                long online = Math.round(v * (0.1 + (year - from) * 0.02));
                out.add(part(state, Breakdown.recruit("ONLINE"), year, Cell.of(online)));
                out.add(part(state, Breakdown.recruit("OFFLINE"), year, Cell.of(v - online)));
            }
        }
        return out;
    }

    /** Central Asia's panel rises by 18% in 2019; AUT and MDA hold the planted breakdowns. */
    private static long planted(String iso3, int year, long v) {
        return switch (iso3) {
            case "KAZ" -> year == 2019 ? 700 : Math.round(600 * Math.pow(0.97, 2018 - year));
            case "KGZ" -> year == 2019 ? 360 : Math.round(300 * Math.pow(0.97, 2018 - year));
            case "UZB" -> year == 2019 ? 120 : Math.round(100 * Math.pow(0.97, 2018 - year));
            case "TJK" -> year == 2019 ? 80 : Math.round(75 * Math.pow(0.97, 2018 - year));
            case "AUT" -> year == 2019 ? AUT_2019_TOTAL : 9_000 + (year - 2012) * 100L;
            case "MDA" ->
                    year == 2019 ? MDA_ADULTS + MDA_UNKNOWN_AGE + 3 : 180 + (year - 2012) * 5L;
            default -> v;
        };
    }

    private static Observation part(CountryCode state, Breakdown b, int year, Cell cell) {
        return new Observation(state, "VICT", b, year, cell);
    }

    static List<PolicyStatus> policyOf(CountryCode state, int from, int to) {
        Random random = new Random(state.iso3().hashCode() * 31L);
        List<PolicyStatus> out = new ArrayList<>();
        PolicyStatus.Status[] statuses = PolicyStatus.Status.values();
        for (String item : POLICY_ITEMS) {
            int adopted = from + random.nextInt(to - from + 4);
            for (int year = from; year <= to; year += 2) {
                PolicyStatus.Status status =
                        item.equals("SUPPLY_CHAIN_DD")
                                ? PolicyStatus.Status.NO
                                : year >= adopted
                                        ? PolicyStatus.Status.YES
                                        : statuses[1 + random.nextInt(4)];
                out.add(new PolicyStatus(state, item, year, status));
            }
        }
        return out;
    }
}
