package org.thbhub.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Profiles of detected victims: the shares of children, women and girls, and foreign nationals by
 * region and year, over the States that publish both the part and the total. The headline is the
 * highest share of children in the latest year that is complete and has enough such States.
 */
final class ProfilesSection {

    private record Profile(String key, Breakdown part) {}

    private static final List<Profile> PROFILES =
            List.of(
                    new Profile("children", Breakdown.age("Y_LT18")),
                    new Profile("women", Breakdown.sex("F")),
                    new Profile("foreign", Breakdown.citizen("FOR")));

    private final TrendFacts f;
    private final Texts t;

    ProfilesSection(TrendFacts facts) {
        this.f = facts;
        this.t = facts.texts;
    }

    ReportSection compose() {
        List<ReportTable> tables = new ArrayList<>();
        Map<Profile, Map<Region, List<ReportValue>>> byProfile = new LinkedHashMap<>();
        for (Profile profile : PROFILES) {
            TrendFacts.Ratio share = TrendFacts.Ratio.shareOfVictims(profile.part());
            Map<Region, List<ReportValue>> rows = f.ratioByRegion(share);
            byProfile.put(profile, rows);
            tables.add(
                    f.markIncomplete(
                            f.regionRows(
                                    t.get("profiles.table." + profile.key()),
                                    f.yearColumns(),
                                    rows,
                                    f.ratioByYear(f.states, share))));
        }
        List<Comparison> none = List.of();
        Headline found = childrenHeadline();
        int year = found == null ? f.last() : found.year();
        List<String> categories =
                PROFILES.stream().map(p -> t.get("profiles.category." + p.key())).toList();
        List<ChartSpec.Series> series = new ArrayList<>();
        int index = f.years.indexOf(year);
        for (Region region : f.regions) {
            Map<String, Double> points = new LinkedHashMap<>();
            for (Profile profile : PROFILES) {
                Double value = byProfile.get(profile).get(region).get(index).number();
                if (value != null) {
                    points.put(t.get("profiles.category." + profile.key()), value);
                }
            }
            series.add(new ChartSpec.Series(region.name(), region.colour(), false, points));
        }
        String headline =
                found == null
                        ? t.get("profiles.headline.none", f.range())
                        : t.plural(
                                        "profiles.headline",
                                        found.states(),
                                        found.region().name(),
                                        found.year(),
                                        t.wholePercent(found.percent()))
                                + (f.regions.size() > 1 ? t.get("profiles.headline.highest") : ".");
        return Sections.finish(
                t,
                new ReportSection(
                        "profiles",
                        t.get("section.profiles"),
                        headline,
                        List.of(
                                new ChartSpec.Bar(
                                        t.get("profiles.chart", year),
                                        t.get("axis.victimShare"),
                                        categories,
                                        series,
                                        false,
                                        false)),
                        tables,
                        f.note(t.get("profiles.note")),
                        none),
                f.data.source(),
                f.range());
    }

    private record Headline(Region region, int year, int states, double percent) {}

    private Headline childrenHeadline() {
        TrendFacts.Ratio share = TrendFacts.Ratio.shareOfVictims(Breakdown.age("Y_LT18"));
        for (int i = f.years.size() - 1; i >= 0; i--) {
            int year = f.years.get(i);
            Headline best = null;
            for (Region region : f.regions) {
                if (f.incomplete(region, year)) {
                    continue;
                }
                List<ReportingState> members = f.statesOf(region);
                List<ReportingState> with = f.ratioStates(members, share, year);
                int ever = f.everReported(members, "VICT", Breakdown.age("Y_LT18")).size();
                ReportValue value = f.ratio(members, share, year);
                if (value.number() == null || !TrendFacts.enough(with.size(), ever)) {
                    continue;
                }
                if (best == null || value.number() > best.percent()) {
                    best = new Headline(region, year, with.size(), value.number());
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }
}
