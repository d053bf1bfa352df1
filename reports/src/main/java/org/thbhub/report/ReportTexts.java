package org.thbhub.report;

/** Texts both reports share: the note under a section, the legend of signs. */
final class ReportTexts {

    private ReportTexts() {}

    /** "Source: ... . What to know. Flags and suppression: legend." */
    static String note(Texts texts, String source, String specific) {
        return texts.get("note", source, specific, texts.get("legend"));
    }

    /** A section with nothing to show: the one sentence of its own that says what would fill it. */
    static ReportSection empty(
            Texts texts, String id, String title, String source, Object... args) {
        return ReportSection.empty(
                id,
                title,
                texts.get("section." + id + ".empty", args),
                texts.get("note.source", source));
    }
}
