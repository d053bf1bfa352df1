package org.thbhub.report.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;
import org.thbhub.audit.AuditAction;
import org.thbhub.audit.AuditLog;
import org.thbhub.audit.AuditOutcome;
import org.thbhub.common.InvalidRequestException;
import org.thbhub.common.NotFoundException;
import org.thbhub.reference.CountryCode;
import org.thbhub.report.PreparedReport;
import org.thbhub.report.ProfileRequest;
import org.thbhub.report.ReportFormat;
import org.thbhub.report.ReportRendering;
import org.thbhub.report.ReportService;
import org.thbhub.report.TrendRequest;

/** Who gets which report, the defaults, the parameters refused, and the audit trail. */
class ReportServiceTest {

    private static ReportDatabase db;
    private static ReportRendering rendering;

    private final RecordingAudit audit = new RecordingAudit();
    private final Clock clock = Clock.fixed(Instant.parse("2024-02-01T12:00:00Z"), ZoneOffset.UTC);

    static final Caller ANALYST = Caller.of("analyst", Set.of(Role.ANALYST), null);
    static final Caller RAPPORTEUR_AUT =
            Caller.of("rapporteur-aut", Set.of(Role.RAPPORTEUR), CountryCode.of("AUT"));
    static final Caller GOVERNMENT_DEU =
            Caller.of("government-deu", Set.of(Role.GOVERNMENT), CountryCode.of("DEU"));

    @BeforeAll
    static void store() {
        db = ReportDatabase.fresh(ReportDatabase.Kind.H2);
        new ReportFixture().store(db);
        rendering = new ReportRendering();
    }

    private ReportService service() {
        return new ReportService(db.dataSource, rendering, audit, clock);
    }

    private static TrendRequest trend(String... regions) {
        return new TrendRequest(
                OptionalInt.empty(),
                OptionalInt.empty(),
                Set.of(regions),
                Optional.empty(),
                ReportFormat.CSV);
    }

    @Test
    void anAnalystGetsATrendReportOverTheRegionsAskedForAndItIsAudited() throws IOException {
        PreparedReport report = service().trend(ANALYST, trend("155", "151"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.writeTo(out);

        assertThat(report.fileName()).isEqualTo("thb-trends-2011-2020.csv");
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Western Europe", "Eastern Europe")
                .doesNotContain("Central Asia");
        assertThat(audit.events)
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.actor()).isEqualTo("analyst");
                            assertThat(e.action()).isEqualTo(AuditAction.REPORT);
                            assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
                            assertThat(e.detail()).contains("2011-2020", "[151, 155]");
                        });
    }

    @Test
    void withoutRegionsEveryRegionWithParticipatingStatesIsCovered() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service().trend(ANALYST, trend(), out);

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Central Asia", "Northern America", "Western Europe");
    }

    @Test
    void aCountryBoundCallerGetsNoTrendReport() {
        assertThatThrownBy(() -> service().trend(GOVERNMENT_DEU, trend()))
                .isInstanceOf(NotFoundException.class);
        assertThat(audit.events)
                .extracting(RecordingAudit.Event::outcome)
                .containsExactly(AuditOutcome.DENIED);
    }

    @Test
    void aRapporteurGetsTheirOwnProfileAndNoOtherCountrys() throws IOException {
        ProfileRequest own =
                new ProfileRequest(
                        CountryCode.of("AUT"),
                        OptionalInt.of(2018),
                        OptionalInt.of(2020),
                        ReportFormat.HTML);
        ProfileRequest other =
                new ProfileRequest(
                        CountryCode.of("DEU"),
                        OptionalInt.of(2018),
                        OptionalInt.of(2020),
                        ReportFormat.HTML);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PreparedReport report = service().countryProfile(RAPPORTEUR_AUT, own);
        report.writeTo(out);

        assertThat(report.fileName()).isEqualTo("thb-profile-AUT-2018-2020.html");
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Austria");
        assertThatThrownBy(() -> service().countryProfile(RAPPORTEUR_AUT, other))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service().countryProfile(GOVERNMENT_DEU, own))
                .isInstanceOf(NotFoundException.class);
        assertThat(audit.events)
                .extracting(RecordingAudit.Event::outcome)
                .containsExactly(AuditOutcome.SUCCESS, AuditOutcome.DENIED, AuditOutcome.DENIED);
    }

    @Test
    void anAnalystAskingForACountryThatDoesNotExistGets404() {
        ProfileRequest nowhere =
                new ProfileRequest(
                        CountryCode.of("XYZ"),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        ReportFormat.PDF);
        assertThatThrownBy(() -> service().countryProfile(ANALYST, nowhere))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        assertThat(parameterOf(() -> service().trend(ANALYST, trend("999")))).isEqualTo("regions");
        assertThat(
                        parameterOf(
                                () ->
                                        service()
                                                .trend(
                                                        ANALYST,
                                                        new TrendRequest(
                                                                OptionalInt.of(2020),
                                                                OptionalInt.of(2018),
                                                                Set.of(),
                                                                Optional.empty(),
                                                                ReportFormat.PDF))))
                .isEqualTo("from");
        assertThat(
                        parameterOf(
                                () ->
                                        service()
                                                .trend(
                                                        ANALYST,
                                                        new TrendRequest(
                                                                OptionalInt.of(1970),
                                                                OptionalInt.empty(),
                                                                Set.of(),
                                                                Optional.empty(),
                                                                ReportFormat.PDF))))
                .isEqualTo("from");
        assertThat(
                        parameterOf(
                                () ->
                                        service()
                                                .trend(
                                                        ANALYST,
                                                        new TrendRequest(
                                                                OptionalInt.empty(),
                                                                OptionalInt.of(2031),
                                                                Set.of(),
                                                                Optional.empty(),
                                                                ReportFormat.PDF))))
                .isEqualTo("to");
        assertThat(
                        parameterOf(
                                () ->
                                        service()
                                                .trend(
                                                        ANALYST,
                                                        new TrendRequest(
                                                                OptionalInt.empty(),
                                                                OptionalInt.empty(),
                                                                Set.of(),
                                                                Optional.of(
                                                                        Instant.parse(
                                                                                "2030-01-01T00:00:00Z")),
                                                                ReportFormat.PDF))))
                .isEqualTo("asOf");
    }

    @Test
    void theRussianTrendPdfSpeaksRussianWithRussianLabelsInEmbeddedCyrillic() throws IOException {
        TrendRequest russian =
                new TrendRequest(
                        OptionalInt.of(2018),
                        OptionalInt.of(2020),
                        Set.of("155"),
                        Optional.empty(),
                        ReportFormat.PDF,
                        "ru");
        PreparedReport report = service().trend(ANALYST, russian);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.writeTo(out);

        assertThat(report.language()).isEqualTo("ru");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "Обзор тенденций в сфере торговли людьми",
                            "Как читать этот отчёт",
                            "Масштаб: выявленные жертвы",
                            // labels of the code lists, regions and countries, from V8
                            "Сексуальная эксплуатация",
                            "Принудительный труд",
                            "Западная Европа",
                            "Австрия (AUT)",
                            "Стр. 1 из")
                    .doesNotContain("Sexual exploitation", "Western Europe", "Detected victims");
            // Russian dates and numbers: 24.01.2024, not 2024-01-24
            assertThat(text).containsPattern("Данные по состоянию на \\d{2}\\.\\d{2}\\.\\d{4}");
            for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        assertThat(audit.events)
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("ru"));
    }

    @Test
    void theRussianProfileNamesTheCountryInRussian() throws IOException {
        ProfileRequest russian =
                new ProfileRequest(
                        CountryCode.of("AUT"),
                        OptionalInt.of(2018),
                        OptionalInt.of(2020),
                        ReportFormat.HTML,
                        "ru");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service().countryProfile(ANALYST, russian).writeTo(out);

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<html lang=\"ru\">", "Профиль страны: Австрия", "Западная Европа")
                .contains("Выявленные жертвы по формам эксплуатации", "Сексуальная эксплуатация");
    }

    @Test
    void theWarmUpReportRendersInEveryFormat() {
        org.assertj.core.api.Assertions.assertThatCode(rendering::warm).doesNotThrowAnyException();
    }

    private static String parameterOf(Runnable call) {
        try {
            call.run();
        } catch (InvalidRequestException e) {
            return e.parameter();
        }
        throw new AssertionError("no InvalidRequestException");
    }

    /** The audit log as a list; nothing else of AuditLog is used by reports. */
    static final class RecordingAudit extends AuditLog {
        record Event(
                String actor,
                AuditAction action,
                String target,
                AuditOutcome outcome,
                String detail) {}

        final List<Event> events = new ArrayList<>();

        @Override
        public void record(
                String actor,
                AuditAction action,
                String target,
                AuditOutcome outcome,
                String detail) {
            events.add(new Event(actor, action, target, outcome, detail));
        }
    }
}
