package org.thbhub.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A region of the grouping a report uses (by default a UN M49 sub-region), with the colour it has
 * in every chart.
 *
 * @param code the grouping's code, for M49 the three-digit string ("143")
 * @param colour "#RRGGBB"; use {@link #withStableColours} to assign them
 */
public record Region(String code, String name, String colour) {

    /** Okabe-Ito, colour-blind safe; black last, as it reads as "all". */
    public static final List<String> OKABE_ITO =
            List.of(
                    "#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442",
                    "#000000");

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException("colour must be #RRGGBB: " + colour);
        }
    }

    /**
     * Gives each region of a grouping its colour by its place among all the grouping's codes in
     * sorted order, so a region keeps its colour whichever regions a report selects. Pass every
     * region of the grouping ({@code codeToName}), then pick the selected ones.
     */
    public static Map<String, Region> withStableColours(Map<String, String> codeToName) {
        List<String> codes = new ArrayList<>(codeToName.keySet());
        codes.sort(null);
        Map<String, Region> regions = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            regions.put(
                    code,
                    new Region(code, codeToName.get(code), OKABE_ITO.get(i % OKABE_ITO.size())));
        }
        return regions;
    }
}
