package org.thbhub.report;

import java.util.List;

/**
 * Turns {@link TrendReportData} into a {@link ReportDocument}: the title page, then one section per
 * class ({@link ScaleSection}, {@link FormsSection}, {@link ProfilesSection}, {@link
 * JusticeSection}, {@link EmergingSection}, {@link CoverageSection}, {@link BuildingBlocksSection})
 * over the same {@link TrendFacts}. Region figures are sums of the printable State values, so they
 * never reveal a suppressed one; they are marked partial when they leave one out. Every word comes
 * from the report's {@link Texts}.
 */
public final class TrendReportComposer {

    private TrendReportComposer() {}

    public static ReportDocument compose(TrendReportData data) {
        TrendFacts facts = new TrendFacts(data);
        Texts t = facts.texts;
        List<String> filters =
                List.of(
                        t.get("filter.years", facts.range()),
                        t.get(
                                "filter.regions",
                                String.join(
                                        ", ",
                                        data.regions().stream()
                                                .map(r -> r.name() + " (" + r.code() + ")")
                                                .toList())),
                        t.get("filter.states", facts.states.size()));
        return new ReportDocument(
                t.get("trend.title"),
                t.get("trend.subtitle"),
                filters,
                data.asOf(),
                data.generatedAt(),
                t.get("trend.howToRead", TrendFacts.MIN_STATES),
                t.get("legend"),
                data.source(),
                List.of(
                        new ScaleSection(facts).compose(),
                        new FormsSection(facts).compose(),
                        new ProfilesSection(facts).compose(),
                        new JusticeSection(facts).compose(),
                        new EmergingSection(facts).compose(),
                        new CoverageSection(facts).compose(),
                        new BuildingBlocksSection(facts).compose()),
                t);
    }
}
