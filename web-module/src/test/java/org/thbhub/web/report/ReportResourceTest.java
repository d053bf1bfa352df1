package org.thbhub.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;
import org.thbhub.common.InvalidRequestException;
import org.thbhub.common.NotFoundException;
import org.thbhub.reference.CountryCode;
import org.thbhub.report.PreparedReport;
import org.thbhub.report.ProfileRequest;
import org.thbhub.report.ReportFormat;
import org.thbhub.report.ReportService;
import org.thbhub.report.TrendRequest;
import org.thbhub.web.security.CurrentCaller;

/**
 * The report endpoints without a server: parameters become requests or 400s naming them, roles are
 * declared as design.md section 6 says, and the document is streamed under its name.
 */
class ReportResourceTest {

    static final Caller ANALYST = Caller.of("analyst", Set.of(Role.ANALYST), null);

    /** Answers every request with a one-line document and remembers what it was asked. */
    static final class FakeReports extends ReportService {
        TrendRequest trend;
        ProfileRequest profile;
        Caller caller;

        @Override
        public PreparedReport trend(Caller caller, TrendRequest request) {
            this.caller = caller;
            this.trend = request;
            return new PreparedReport(
                    "thb-trends-2015-2020." + request.format().extension(),
                    request.format(),
                    out -> out.write("trend".getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public PreparedReport countryProfile(Caller caller, ProfileRequest request) {
            this.caller = caller;
            this.profile = request;
            return new PreparedReport(
                    "thb-profile-" + request.country() + "." + request.format().extension(),
                    request.format(),
                    out -> out.write("profile".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private final FakeReports reports = new FakeReports();

    private ReportResource resource() {
        ReportResource resource = new ReportResource();
        resource.reports = reports;
        resource.caller =
                new CurrentCaller() {
                    @Override
                    public Caller get() {
                        return ANALYST;
                    }
                };
        return resource;
    }

    @Test
    void trendParametersBecomeTheRequest() throws IOException {
        PreparedReport report =
                resource()
                        .trendReport(
                                "2015",
                                "2020",
                                List.of("151", "155,143"),
                                "2024-01-31T12:00:00Z",
                                "XLSX");

        assertThat(reports.caller).isEqualTo(ANALYST);
        assertThat(reports.trend.from()).isEqualTo(OptionalInt.of(2015));
        assertThat(reports.trend.to()).isEqualTo(OptionalInt.of(2020));
        assertThat(reports.trend.regions()).containsExactlyInAnyOrder("151", "155", "143");
        assertThat(reports.trend.asOf()).contains(Instant.parse("2024-01-31T12:00:00Z"));
        assertThat(reports.trend.format()).isEqualTo(ReportFormat.XLSX);
        assertThat(ReportResource.contentDisposition(report))
                .isEqualTo("attachment; filename=\"thb-trends-2015-2020.xlsx\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.writeTo(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("trend");
    }

    @Test
    void withoutParametersATrendIsAPdfOfEverythingWithDefaultYears() {
        PreparedReport report = resource().trendReport(null, "", null, null, null);

        assertThat(reports.trend)
                .isEqualTo(
                        new TrendRequest(
                                OptionalInt.empty(),
                                OptionalInt.empty(),
                                Set.of(),
                                Optional.empty(),
                                ReportFormat.PDF));
        assertThat(ReportResource.contentDisposition(report))
                .isEqualTo("inline; filename=\"thb-trends-2015-2020.pdf\"");
    }

    @Test
    void badTrendParametersAreRefusedNamingTheParameter() {
        assertThat(refused(() -> resource().trendReport("20x5", null, null, null, null)))
                .isEqualTo("from");
        assertThat(refused(() -> resource().trendReport(null, "99999", null, null, null)))
                .isEqualTo("to");
        assertThat(refused(() -> resource().trendReport(null, null, List.of("15a"), null, null)))
                .isEqualTo("regions");
        assertThat(refused(() -> resource().trendReport(null, null, null, "yesterday", null)))
                .isEqualTo("asOf");
        assertThat(refused(() -> resource().trendReport(null, null, null, null, "docx")))
                .isEqualTo("format");
        assertThat(reports.trend).as("nothing reached the service").isNull();
    }

    @Test
    void aCountryProfileIsAskedForByIso3() {
        PreparedReport report = resource().countryReport("aut", "2018", null, "html");

        assertThat(reports.profile)
                .isEqualTo(
                        new ProfileRequest(
                                CountryCode.of("AUT"),
                                OptionalInt.of(2018),
                                OptionalInt.empty(),
                                ReportFormat.HTML));
        assertThat(ReportResource.contentDisposition(report))
                .isEqualTo("inline; filename=\"thb-profile-AUT.html\"");
    }

    @Test
    void aPathThatIsNoCountryCodeIsNotFound() {
        assertThatThrownBy(() -> resource().countryReport("austria", null, null, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(refused(() -> resource().countryReport("AUT", null, null, "ppt")))
                .isEqualTo("format");
    }

    @Test
    void trendsAreForAnalystsAndProfilesForEveryoneWithACountryOrAllOfThem() throws Exception {
        var trends =
                ReportResource.class.getMethod(
                        "trends",
                        String.class,
                        String.class,
                        List.class,
                        String.class,
                        String.class,
                        String.class,
                        String.class,
                        String.class);
        var country =
                ReportResource.class.getMethod(
                        "country",
                        String.class,
                        String.class,
                        String.class,
                        String.class,
                        String.class,
                        String.class,
                        String.class);

        assertThat(ReportResource.class.getAnnotation(Path.class).value()).isEqualTo("/reports");
        assertThat(trends.getAnnotation(Path.class).value()).isEqualTo("/trends");
        assertThat(trends.isAnnotationPresent(GET.class)).isTrue();
        assertThat(trends.getAnnotation(RolesAllowed.class).value())
                .containsExactly(Role.ANALYST_NAME);
        assertThat(country.getAnnotation(Path.class).value()).isEqualTo("/countries/{iso3}");
        assertThat(country.getAnnotation(RolesAllowed.class).value())
                .containsExactlyInAnyOrder(
                        Role.ANALYST_NAME, Role.RAPPORTEUR_NAME, Role.GOVERNMENT_NAME);
    }

    private static String refused(Runnable call) {
        try {
            call.run();
        } catch (InvalidRequestException e) {
            return e.parameter();
        }
        throw new AssertionError("not refused");
    }
}
