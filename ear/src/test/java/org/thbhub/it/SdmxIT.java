package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import sdmxdl.Connection;
import sdmxdl.DataSet;
import sdmxdl.DatabaseRef;
import sdmxdl.Dimension;
import sdmxdl.Flow;
import sdmxdl.FlowRef;
import sdmxdl.Key;
import sdmxdl.Languages;
import sdmxdl.Obs;
import sdmxdl.Query;
import sdmxdl.Series;
import sdmxdl.Structure;
import sdmxdl.provider.ri.drivers.Sdmx21RiDriver;
import sdmxdl.web.SdmxWebManager;
import sdmxdl.web.WebSource;

/**
 * The public SDMX API read as a statistician would read it: with sdmx-dl, a real SDMX 2.1 REST
 * client, anonymous. Austria's years 1996 to 1998 go from upload through review to release here;
 * what the client reads must be the published figures, never a suppressed number, never a value
 * before its release time.
 */
@ExtendWith(ArquillianExtension.class)
class SdmxIT {

    static final String SDMX = Api.BASE.replace("/api/v1", "/sdmx/rest");
    static final FlowRef STAT = FlowRef.parse("THB,THB_STAT,1.0");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    static Connection client;

    @BeforeAll
    static void austriaPublishes1996() throws IOException {
        // the male count is small (suppressed at source); female = total - male would reveal it
        deliver(
                "AUT,VICT,_T,_T,_T,_T,_T,1996,40,A,F",
                "AUT,VICT,F,_T,_T,_T,_T,1996,37,A,F",
                "AUT,VICT,M,_T,_T,_T,_T,1996,,A,A",
                "AUT,PROS,_T,_T,_T,_T,_T,1996,12,P,F");
        deliverPolicy("AUT,NAT_RAPP_INDEP,1996,YES");
        ReleaseIT.ok(ReleaseIT.step("AUT", 1996, "submit", User.RAPPORTEUR_AUT, null));
        ReleaseIT.ok(
                ReleaseIT.step(
                        "AUT", 1996, "return", User.ANALYST, "{\"comment\":\"check PROS\"}"));
        ReleaseIT.ok(
                ReleaseIT.step(
                        "AUT",
                        1996,
                        "submit",
                        User.RAPPORTEUR_AUT,
                        "{\"comment\":\"PROS stands\"}"));
        ReleaseIT.ok(ReleaseIT.step("AUT", 1996, "approve", User.ANALYST, null));
        publish(1996, Instant.now().minus(1, ChronoUnit.MINUTES));

        SdmxWebManager manager = SdmxWebManager.builder().driver(new Sdmx21RiDriver()).build();
        WebSource source =
                WebSource.builder().id("THB").driver("RI_SDMX21").endpointOf(SDMX).build();
        client = manager.getConnection(source, Languages.ANY);
    }

    @AfterAll
    static void close() throws IOException {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void aRealClientListsTheFlowsAndReadsTheStructure() throws IOException {
        Collection<Flow> flows = client.getFlows(DatabaseRef.NO_DATABASE);
        assertThat(flows.stream().map(f -> f.getRef().getId()))
                .containsExactlyInAnyOrder("THB_STAT", "THB_POLICY");
        assertThat(flows.stream().map(f -> f.getRef().getAgency())).containsOnly("THB");

        Structure structure = client.getStructure(DatabaseRef.NO_DATABASE, STAT);
        assertThat(structure.getDimensionList().stream().map(Dimension::getId))
                .containsExactly(
                        "REF_AREA", "INDICATOR", "SEX", "AGE", "CITIZEN", "EXPL", "RECRUIT");
        assertThat(structure.getTimeDimensionId()).isEqualTo("TIME_PERIOD");
        assertThat(structure.getPrimaryMeasureId()).isEqualTo("OBS_VALUE");
        Dimension sex = structure.getDimensionList().get(2);
        assertThat(sex.getCodelist().getCodes()).containsKeys("F", "M", "OTH", "UNK", "_T");
        assertThat(structure.getDimensionList().get(0).getCodelist().getCodes())
                .containsEntry("AUT", "Austria");
        assertThat(structure.getAttributes().stream().map(a -> a.getId()))
                .contains("OBS_STATUS", "CONF_STATUS", "COMMENT");
    }

    @Test
    void aRealClientFetchesSeriesByKeyAndTheyAreThePublishedFigures() throws IOException {
        Map<String, Double> read =
                values(
                        client.getData(
                                DatabaseRef.NO_DATABASE,
                                STAT,
                                query("AUT.VICT+PROS._T._T._T._T._T")));
        assertThat(read).containsEntry("AUT.VICT._T._T._T._T._T:1996", 40.0);
        assertThat(read).containsEntry("AUT.PROS._T._T._T._T._T:1996", 12.0);

        // the same figures as the analyst reads them from the API v1
        JsonNode stored =
                Api.get(
                                "/observations?country=AUT&indicator=VICT&from=1996&to=1996&sex=_T&age=_T&citizen=_T&expl=_T&recruit=_T",
                                User.ANALYST)
                        .json();
        assertThat(stored.get("items").get(0).get("value").asDouble())
                .isEqualTo(read.get("AUT.VICT._T._T._T._T._T:1996"));
    }

    @Test
    void smallCountsAndTheCellsThatWouldRevealThemNeverAppearAsNumbers() throws IOException {
        Answer csv =
                get(
                        "/data/THB,THB_STAT,1.0/AUT.VICT.F+M+_T._T._T._T._T/all?startPeriod=1996&endPeriod=1996&format=csv",
                        Map.of());
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("application/vnd.sdmx.data+csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "DATAFLOW,REF_AREA,INDICATOR,SEX,AGE,CITIZEN,EXPL,RECRUIT,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,COMMENT");
        assertThat(lines)
                .anyMatch(l -> l.startsWith("THB:THB_STAT(1.0),AUT,VICT,M,_T,_T,_T,_T,1996,,A,A,"));
        assertThat(lines)
                .anyMatch(l -> l.startsWith("THB:THB_STAT(1.0),AUT,VICT,F,_T,_T,_T,_T,1996,,A,C,"));
        assertThat(lines)
                .anyMatch(
                        l ->
                                l.startsWith(
                                        "THB:THB_STAT(1.0),AUT,VICT,_T,_T,_T,_T,_T,1996,40,A,F,"));
        assertThat(csv.body()).doesNotContain(",37,");

        // asking for the female part alone protects it all the same
        Answer alone =
                get(
                        "/data/THB_STAT/AUT.VICT.F._T._T._T._T?format=csv&startPeriod=1996&endPeriod=1996",
                        Map.of());
        // the comment is a random UUID, which may hold "37": the value's column is ",37,"
        assertThat(alone.body()).contains(",1996,,A,C,").doesNotContain(",37,");

        Map<String, Double> read =
                values(
                        client.getData(
                                DatabaseRef.NO_DATABASE, STAT, query("AUT.VICT.F+M._T._T._T._T")));
        assertThat(read.values()).noneMatch(v -> v == 37.0 || v == 3.0);
    }

    @Test
    void dataBeforeItsReleaseTimeIsAbsentAndAfterItPresent() throws IOException {
        deliver("AUT,VICT,_T,_T,_T,_T,_T,1997,71,A,F");
        ReleaseIT.ok(ReleaseIT.step("AUT", 1997, "submit", User.RAPPORTEUR_AUT, null));
        ReleaseIT.ok(ReleaseIT.step("AUT", 1997, "approve", User.ANALYST, null));
        Instant releaseAt = Instant.now().plusSeconds(30);
        publish(1997, releaseAt);

        Query key1997 = query("AUT.VICT._T._T._T._T._T");
        assertThat(Instant.now()).isBefore(releaseAt);
        assertThat(values(client.getData(DatabaseRef.NO_DATABASE, STAT, key1997)))
                .doesNotContainKey("AUT.VICT._T._T._T._T._T:1997");
        Answer before =
                get(
                        "/data/THB_STAT/AUT.VICT._T._T._T._T._T?startPeriod=1997&endPeriod=1997",
                        Map.of());
        assertThat(Instant.now()).isBefore(releaseAt);
        assertSdmxError(before, 404, "100");

        Await.until(
                "the 1997 release time",
                Duration.ofSeconds(90),
                () -> !Instant.now().isBefore(releaseAt.plusMillis(500)));
        Map<String, Double> after = values(client.getData(DatabaseRef.NO_DATABASE, STAT, key1997));
        assertThat(after).containsEntry("AUT.VICT._T._T._T._T._T:1997", 71.0);
    }

    @Test
    void aRevisionKeepsThePublishedVintageUntilItIsPublishedAgain() throws IOException {
        deliver("AUT,VICT,_T,_T,_T,_T,_T,1998,100,A,F");
        ReleaseIT.ok(ReleaseIT.step("AUT", 1998, "submit", User.RAPPORTEUR_AUT, null));
        ReleaseIT.ok(ReleaseIT.step("AUT", 1998, "approve", User.ANALYST, null));
        publish(1998, Instant.now().minusSeconds(5));
        Query key = query("AUT.VICT._T._T._T._T._T");
        assertThat(values(client.getData(DatabaseRef.NO_DATABASE, STAT, key)))
                .containsEntry("AUT.VICT._T._T._T._T._T:1998", 100.0);

        deliver("AUT,VICT,_T,_T,_T,_T,_T,1998,120,A,F");
        assertThat(ReleaseIT.release("AUT", 1998, User.ANALYST).get("state").asText())
                .isEqualTo("RECEIVED");
        assertThat(values(client.getData(DatabaseRef.NO_DATABASE, STAT, key)))
                .containsEntry("AUT.VICT._T._T._T._T._T:1998", 100.0);

        ReleaseIT.ok(ReleaseIT.step("AUT", 1998, "submit", User.RAPPORTEUR_AUT, null));
        ReleaseIT.ok(ReleaseIT.step("AUT", 1998, "approve", User.ANALYST, null));
        publish(1998, Instant.now().minusSeconds(1));
        assertThat(values(client.getData(DatabaseRef.NO_DATABASE, STAT, key)))
                .containsEntry("AUT.VICT._T._T._T._T._T:1998", 120.0);
    }

    @Test
    void everyFormatCarriesTheSameValues() throws Exception {
        String path =
                "/data/THB,THB_STAT,1.0/AUT.VICT._T._T._T._T._T/all?startPeriod=1996&endPeriod=1996";

        Answer ss = get(path, Map.of());
        assertThat(ss.status()).as(ss.body()).isEqualTo(200);
        assertThat(ss.contentType()).startsWith("application/vnd.sdmx.structurespecificdata+xml");
        Document ssXml = xml(ss.body());
        Element obs = (Element) ssXml.getElementsByTagName("Obs").item(0);
        assertThat(obs.getAttribute("TIME_PERIOD")).isEqualTo("1996");
        assertThat(obs.getAttribute("OBS_VALUE")).isEqualTo("40");
        Element series = (Element) ssXml.getElementsByTagName("Series").item(0);
        assertThat(series.getAttribute("REF_AREA")).isEqualTo("AUT");

        Answer generic =
                get(path, Map.of("Accept", "application/vnd.sdmx.genericdata+xml;version=2.1"));
        assertThat(generic.contentType()).startsWith("application/vnd.sdmx.genericdata+xml");
        Document genericXml = xml(generic.body());
        NodeList obsValues = genericXml.getElementsByTagNameNS("*", "ObsValue");
        assertThat(obsValues.getLength()).isEqualTo(1);
        assertThat(((Element) obsValues.item(0)).getAttribute("value")).isEqualTo("40");

        Answer csv = get(path, Map.of("Accept", "application/vnd.sdmx.data+csv;version=1.0.0"));
        assertThat(csv.body().lines()).anyMatch(l -> l.contains(",1996,40,A,F,"));

        Answer json = get(path + "&format=jsondata", Map.of());
        assertThat(json.contentType()).startsWith("application/vnd.sdmx.data+json");
        JsonNode message = JSON.readTree(json.body());
        JsonNode seriesNode = message.get("dataSets").get(0).get("series");
        assertThat(seriesNode.size()).isEqualTo(1);
        JsonNode observations = seriesNode.elements().next().get("observations");
        JsonNode time = message.get("structure").get("dimensions").get("observation").get(0);
        assertThat(time.get("id").asText()).isEqualTo("TIME_PERIOD");
        String position = observations.fieldNames().next();
        assertThat(time.get("values").get(Integer.parseInt(position)).get("id").asText())
                .isEqualTo("1996");
        assertThat(observations.get(position).get(0).asLong()).isEqualTo(40);

        Answer policy =
                get(
                        "/data/THB,THB_POLICY,1.0/AUT.NAT_RAPP_INDEP?startPeriod=1996&endPeriod=1996&format=csv",
                        Map.of());
        assertThat(policy.body().lines())
                .contains("THB:THB_POLICY(1.0),AUT,NAT_RAPP_INDEP,1996,YES,,,");
    }

    @Test
    void periodsDetailAndDimensionAtObservationShapeTheAnswer() throws Exception {
        Answer keysOnly =
                get(
                        "/data/THB_STAT/AUT.VICT._T._T._T._T._T?startPeriod=1996&endPeriod=1996&detail=serieskeysonly",
                        Map.of());
        Document keys = xml(keysOnly.body());
        assertThat(keys.getElementsByTagName("Series").getLength()).isEqualTo(1);
        assertThat(keys.getElementsByTagName("Obs").getLength()).isZero();

        Answer flat =
                get(
                        "/data/THB_STAT/AUT.VICT+PROS._T._T._T._T._T?startPeriod=1996&endPeriod=1996&dimensionAtObservation=AllDimensions",
                        Map.of());
        Document all = xml(flat.body());
        assertThat(all.getElementsByTagName("Series").getLength()).isZero();
        NodeList obs = all.getElementsByTagName("Obs");
        assertThat(obs.getLength()).isEqualTo(2);
        assertThat(((Element) obs.item(0)).getAttribute("INDICATOR")).isNotEmpty();

        Answer bySex =
                get(
                        "/data/THB_STAT/AUT.VICT.._T._T._T._T?startPeriod=1996&endPeriod=1996&dimensionAtObservation=SEX&detail=dataonly",
                        Map.of());
        Document sexes = xml(bySex.body());
        assertThat(sexes.getElementsByTagName("Series").getLength()).isEqualTo(1);
        Element series = (Element) sexes.getElementsByTagName("Series").item(0);
        assertThat(series.getAttribute("TIME_PERIOD")).isEqualTo("1996");
        assertThat(sexes.getElementsByTagName("Obs").getLength()).isEqualTo(3);
        assertThat(bySex.body()).doesNotContain("CONF_STATUS");

        assertSdmxError(
                get(
                        "/data/THB_STAT/AUT.VICT._T._T._T._T._T?startPeriod=1981&endPeriod=1981",
                        Map.of()),
                404,
                "100");
        String future = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        assertSdmxError(
                get("/data/THB_STAT/AUT.VICT._T._T._T._T._T?updatedAfter=" + future, Map.of()),
                404,
                "100");
        Answer recent =
                get(
                        "/data/THB_STAT/AUT.VICT._T._T._T._T._T?startPeriod=1996&endPeriod=1996&updatedAfter=2000-01-01T00:00:00Z",
                        Map.of());
        assertThat(recent.status()).isEqualTo(200);
    }

    @Test
    void badQueriesAnswerSdmxErrorMessages() {
        assertSdmxError(get("/data/THB_STAT/AUT.VICT", Map.of()), 400, "140");
        assertSdmxError(
                get("/data/THB_STAT/AUT.VI<CT._T._T._T._T._T".replace("<", "%3C"), Map.of()),
                400,
                "140");
        assertSdmxError(get("/data/THB_STAT/all?startPeriod=last-year", Map.of()), 400, "140");
        assertSdmxError(get("/data/THB_STAT/all?detail=everything", Map.of()), 400, "140");
        assertSdmxError(
                get("/data/THB_STAT/all?dimensionAtObservation=COLOUR", Map.of()), 400, "150");
        assertSdmxError(get("/data/OTHER_FLOW/all", Map.of()), 404, "100");
        assertSdmxError(get("/data/ECB,THB_STAT,1.0/all", Map.of()), 404, "100");
        assertSdmxError(get("/dataflow/THB/NOPE/1.0", Map.of()), 404, "100");
        assertSdmxError(get("/nothing-here", Map.of()), 404, "100");
        assertSdmxError(get("/data/THB_STAT/all?format=pdf", Map.of()), 400, "140");
        assertThat(get("/data/THB_STAT/all", Map.of("Accept", "image/png")).status())
                .isEqualTo(406);
        // the SDMX resources are not part of the API v1
        assertThat(Api.get("/dataflow", User.ANONYMOUS).status()).isEqualTo(404);
        assertThat(Api.get("/data/THB_STAT/all", User.ANALYST).status()).isEqualTo(404);
    }

    @Test
    void structuresAnswerEveryQueryClientsMake() throws Exception {
        Document codelist = xml(get("/codelist/THB/CL_SEX/1.0", Map.of()).body());
        assertThat(codelist.getElementsByTagNameNS("*", "Code").getLength()).isEqualTo(5);
        Document scheme = xml(get("/conceptscheme/THB/CS_THB/latest", Map.of()).body());
        assertThat(scheme.getElementsByTagNameNS("*", "Concept").getLength()).isGreaterThan(10);
        Document children =
                xml(get("/dataflow/THB/THB_POLICY/1.0?references=children", Map.of()).body());
        assertThat(children.getElementsByTagNameNS("*", "DataStructure").getLength()).isEqualTo(1);
        assertThat(children.getElementsByTagNameNS("*", "Codelist").getLength()).isZero();
        Document all = xml(get("/datastructure/THB/THB_STAT/1.0?references=all", Map.of()).body());
        assertThat(all.getElementsByTagNameNS("*", "Dataflow").getLength()).isEqualTo(1);
        assertThat(all.getElementsByTagNameNS("*", "Codelist").getLength()).isEqualTo(9);
        assertThat(all.getElementsByTagNameNS("*", "ConceptScheme").getLength()).isEqualTo(1);
        Document flows = xml(get("/dataflow", Map.of()).body());
        assertThat(flows.getElementsByTagNameNS("*", "Dataflow").getLength()).isEqualTo(2);
        assertSdmxError(get("/dataflow/THB/THB_STAT/2.0", Map.of()), 404, "100");
        assertSdmxError(get("/dataflow/THB/THB_STAT/1.0?references=cousins", Map.of()), 400, "140");
    }

    @Test
    void answersAreCacheableAndCompressed() throws IOException {
        String path = "/data/THB_STAT/AUT.VICT._T._T._T._T._T?startPeriod=1996&endPeriod=1996";
        Answer first = get(path, Map.of());
        String etag = first.header("ETag").orElseThrow();
        assertThat(first.header("Last-Modified")).isPresent();
        Answer again = get(path, Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        Answer since =
                get(path, Map.of("If-Modified-Since", first.header("Last-Modified").orElseThrow()));
        assertThat(since.status()).isEqualTo(304);
        Answer otherFormat = get(path + "&format=csv", Map.of("If-None-Match", etag));
        assertThat(otherFormat.status()).isEqualTo(200);

        Answer zipped = get(path, Map.of("Accept-Encoding", "gzip"));
        assertThat(zipped.header("Content-Encoding")).contains("gzip");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.response().body()))) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("OBS_VALUE=\"40\"");
        }
        Answer structure =
                get("/datastructure/THB/THB_STAT/1.0", Map.of("Accept-Encoding", "gzip"));
        assertThat(structure.header("Content-Encoding")).contains("gzip");
    }

    // --- helpers ---------------------------------------------------------------------------

    static Query query(String key) {
        return Query.builder().key(Key.parse(key)).build();
    }

    /** "AUT.VICT._T._T._T._T._T:1996" -> value, for every observation with a number. */
    static Map<String, Double> values(DataSet data) {
        Map<String, Double> values = new HashMap<>();
        for (Series s : data.getData()) {
            for (Obs o : s.getObs()) {
                if (!Double.isNaN(o.getValue())) {
                    values.put(s.getKey() + ":" + o.getPeriod().getStart().getYear(), o.getValue());
                }
            }
        }
        return values;
    }

    static void deliver(String... rows) {
        StringBuilder csv = new StringBuilder(Fixtures.HEADER);
        String tag = UUID.randomUUID().toString();
        for (String row : rows) {
            csv.append("dataflow,THB:THB_STAT(1.0),I,")
                    .append(row)
                    .append(',')
                    .append(tag)
                    .append('\n');
        }
        Answer answer =
                Api.upload(
                        "?filename=sdmx-it.csv",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    static void deliverPolicy(String... rows) {
        StringBuilder csv =
                new StringBuilder(
                        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,POLICY_ITEM,TIME_PERIOD,STATUS,LEGAL_REF,SOURCE_URL,COMMENT\n");
        for (String row : rows) {
            csv.append("dataflow,THB:THB_POLICY(1.0),I,").append(row).append(",,,\n");
        }
        Answer answer =
                Api.upload(
                        "?filename=sdmx-it-policy.csv",
                        User.RAPPORTEUR_AUT,
                        "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    static void publish(int year, Instant releaseAt) {
        ReleaseIT.ok(
                ReleaseIT.step(
                        "AUT",
                        year,
                        "publish",
                        User.ANALYST,
                        "{\"releaseAt\":\"" + releaseAt.truncatedTo(ChronoUnit.MILLIS) + "\"}"));
    }

    static Answer get(String path, Map<String, String> headers) {
        var builder =
                HttpRequest.newBuilder(URI.create(SDMX + path)).timeout(Duration.ofSeconds(60));
        headers.forEach(builder::header);
        try {
            var response =
                    HTTP.send(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void assertSdmxError(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/xml");
        Document error = xml(answer.body());
        Element message = (Element) error.getElementsByTagNameNS("*", "ErrorMessage").item(0);
        assertThat(message.getAttribute("code")).isEqualTo(code);
        assertThat(message.getTextContent()).isNotBlank().doesNotContain("Exception");
    }

    static Document xml(String text) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + text, e);
        }
    }
}
