package org.thbhub.validation;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.thbhub.common.SafeText;
import org.thbhub.ingest.Action;
import org.thbhub.ingest.CodeList;
import org.thbhub.ingest.CodeLists;
import org.thbhub.ingest.SourcePosition;
import org.thbhub.reference.CountryCode;

/** The field checks both structures share; each writes its problem and answers empty. */
final class RowChecks {

    private final CodeLists codeLists;
    private final ValidationContext context;
    private final ValidationReport report;

    RowChecks(CodeLists codeLists, ValidationContext context, ValidationReport report) {
        this.codeLists = codeLists;
        this.context = context;
        this.report = report;
    }

    Optional<Action> action(String text, SourcePosition where) {
        if (text.isEmpty()) {
            return Optional.of(Action.INFORMATION);
        }
        Optional<Action> a = Action.parse(text);
        if (a.isEmpty()) {
            report.add(ProblemCode.ACTION_UNKNOWN, where, "ACTION", text);
        }
        return a;
    }

    /** REF_AREA: a reporting country (alpha-2 accepted), and the one the file may report. */
    Optional<CountryCode> refArea(String text, SourcePosition where) {
        if (text.isEmpty()) {
            report.add(ProblemCode.VALUE_MISSING, where, "REF_AREA", "REF_AREA");
            return Optional.empty();
        }
        Optional<CountryCode> country = codeLists.country(text);
        if (country.isEmpty()) {
            report.add(ProblemCode.CODE_UNKNOWN, where, "REF_AREA", text, "REF_AREA (countries)");
            return Optional.empty();
        }
        Optional<CountryCode> expected = context.expectedCountry();
        if (expected.isPresent() && !expected.get().equals(country.get())) {
            report.add(
                    ProblemCode.COUNTRY_MISMATCH, where, "REF_AREA", country.get(), expected.get());
            return Optional.empty();
        }
        return country;
    }

    /** A required code of a list. */
    boolean code(String text, CodeList list, String field, SourcePosition where) {
        if (text.isEmpty()) {
            report.add(ProblemCode.VALUE_MISSING, where, field, field);
            return false;
        }
        if (!codeLists.contains(list, text)) {
            report.add(ProblemCode.CODE_UNKNOWN, where, field, text, field);
            return false;
        }
        return true;
    }

    /** An attribute code: empty is fine. */
    boolean optionalCode(String text, CodeList list, String field, SourcePosition where) {
        return text.isEmpty() || code(text, list, field, where);
    }

    /**
     * A free-text attribute: at most {@code maxLength} characters (its database column) and no
     * control character but tabs and line breaks.
     */
    boolean freeText(String text, String field, int maxLength, SourcePosition where) {
        if (text.length() > maxLength) {
            report.add(
                    ProblemCode.VALUE_TOO_LONG,
                    where,
                    field,
                    field,
                    text.length(),
                    maxLength,
                    text);
            return false;
        }
        return noControlCharacter(text, field, true, where);
    }

    /** A code field: a control character in it is named as such, not only as an unknown code. */
    boolean noControlCharacter(String text, String field, boolean textual, SourcePosition where) {
        String bad = SafeText.firstControlCharacter(text, textual);
        if (bad != null) {
            report.add(ProblemCode.CONTROL_CHARACTER, where, field, field, bad, text);
            return false;
        }
        return true;
    }

    /** An optional web address: http or https only, so no link in a report runs a script. */
    boolean optionalUrl(String text, String field, int maxLength, SourcePosition where) {
        if (text.isEmpty()) {
            return true;
        }
        if (!freeText(text, field, maxLength, where)) {
            return false;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean web =
                (lower.startsWith("http://") && lower.length() > 7)
                        || (lower.startsWith("https://") && lower.length() > 8);
        if (!web || text.chars().anyMatch(Character::isWhitespace)) {
            report.add(ProblemCode.URL_NOT_HTTP, where, field, field, text);
            return false;
        }
        return true;
    }

    OptionalInt year(String text, SourcePosition where) {
        if (text.isEmpty()) {
            report.add(ProblemCode.VALUE_MISSING, where, "TIME_PERIOD", "TIME_PERIOD");
            return OptionalInt.empty();
        }
        if (text.length() != 4 || !allDigits(text)) {
            report.add(ProblemCode.YEAR_INVALID, where, "TIME_PERIOD", text);
            return OptionalInt.empty();
        }
        int year = Integer.parseInt(text);
        if (year < ValidationContext.FIRST_YEAR || year > context.currentYear()) {
            report.add(
                    ProblemCode.YEAR_OUT_OF_RANGE,
                    where,
                    "TIME_PERIOD",
                    year,
                    ValidationContext.FIRST_YEAR,
                    context.currentYear());
            return OptionalInt.empty();
        }
        return OptionalInt.of(year);
    }

    /** A non-negative whole number of at most 15 digits (a count, or whole euros). */
    static OptionalLong count(String text) {
        if (text.isEmpty() || text.length() > 15 || !allDigits(text)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(text));
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
