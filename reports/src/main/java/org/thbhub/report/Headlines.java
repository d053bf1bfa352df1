package org.thbhub.report;

import java.util.Locale;

/** The sentences that state a section's finding in words. Pure functions of numbers and names. */
public final class Headlines {

    private Headlines() {}

    /**
     * "Detected victims in Central Asia rose by 18% in 2019"; "... fell by 5% ..."; "... were
     * unchanged in 2019"; from zero: "... rose from 0 to 42 in 2019".
     */
    public static String change(
            String subject, String place, int year, double before, double after) {
        String lead = subject + " in " + place;
        if (before == 0) {
            return after == 0
                    ? lead + " were unchanged at 0 in " + year
                    : lead
                            + " rose from 0 to "
                            + ReportValue.format(ReportValue.Kind.COUNT, after)
                            + " in "
                            + year;
        }
        long percent = Math.round((after - before) / before * 100);
        if (percent == 0) {
            return lead + " were unchanged in " + year;
        }
        return lead
                + (percent > 0 ? " rose by " : " fell by ")
                + Math.abs(percent)
                + "% in "
                + year;
    }

    /** "Children made up 31% of detected victims in Central Asia in 2019". */
    public static String share(String part, String whole, String place, int year, double percent) {
        return part
                + " made up "
                + Math.round(percent)
                + "% of "
                + whole
                + " in "
                + place
                + " in "
                + year;
    }

    /** "ranged from 0.21 in Eastern Europe to 0.64 in Western Europe". */
    public static String range(
            String subject, int year, String lowPlace, double low, String highPlace, double high) {
        if (lowPlace.equals(highPlace)) {
            return String.format(
                    Locale.UK, "In %d %s was %.2f in %s", year, subject, low, lowPlace);
        }
        return String.format(
                Locale.UK,
                "In %d %s ranged from %.2f in %s to %.2f in %s",
                year,
                subject,
                low,
                lowPlace,
                high,
                highPlace);
    }

    /** "31 of 45 States reported detected victims in every year from 2005 to 2019". */
    public static String coverage(int complete, int states, int from, int to) {
        return complete
                + " of "
                + states
                + " States reported detected victims in every year from "
                + from
                + " to "
                + to;
    }

    /** "up 140% (from 25 to 60)". */
    public static String increase(double before, double after) {
        return "up "
                + Math.round((after - before) / before * 100)
                + "% (from "
                + ReportValue.format(ReportValue.Kind.COUNT, before)
                + " to "
                + ReportValue.format(ReportValue.Kind.COUNT, after)
                + ")";
    }

    /** A noun phrase as the start of a sentence. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
