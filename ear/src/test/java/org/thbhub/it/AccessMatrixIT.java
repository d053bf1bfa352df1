package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/**
 * Who gets what, for every operation of the API, read from the running server: a test compares the
 * operations of its OpenAPI document with the rows below and fails on an operation without a row
 * (or a row without an operation); every cell of every row is then called and checked.
 *
 * <p>The owning country is Austria; the fixture stores Austrian and German values, policy status
 * and submissions before the first call, so every list an Austrian caller reads is known to hold
 * something, and a German caller's answer is known to have something to leak.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    // =============================================================================================
    // THE MATRIX. Adding an endpoint? Add a row here, or this test fails on your operation:
    //  - the method and the path exactly as /openapi lists it (API + "/releases/{iso3}/{year}"),
    //    a placeholder in braces filled from Fixture.values (add yours there), a query (which may
    //    use placeholders too), .accept(...) for another representation, .body(...) for uploads;
    //  - then the seven cells, in the order of COLUMNS: anonymous, the owner's rapporteur
    //    (rapporteur-aut) and government reader (government-aut), another country's rapporteur
    //    (rapporteur-deu) and government reader (government-deu), analyst, admin;
    //  - a cell is a status (S200, S401, S403, S404 ... for a problem: problem+json is checked),
    //    or for a scoped list OWN / HIDDEN / ALL, for a scoped item HIDDEN_404, for an upload
    //    ACCEPTED / MISMATCH (see Cell). Lists are read as JSON pages ({items: [{country}]}) or as
    //    CSV (REF_AREA); give .countries(...) for another shape.
    //  - several rows per operation are welcome (filters, formats); a path the document does not
    //    list (a web page) is a row with .outsideOpenApi().
    // =============================================================================================
    static final String API = "/thb-hub/api/v1";

    static List<Row> rows() {
        return List.of(
                // cells: anonymous, rapporteur-aut, government-aut, rapporteur-deu,
                // government-deu, analyst, admin
                get(API + "/reference/countries").cells(S200, S200, S200, S200, S200, S200, S200),
                get(API + "/reference/codelists").cells(S200, S200, S200, S200, S200, S200, S200),
                get(API + "/me").cells(S401, S200, S200, S200, S200, S200, S200),
                get(API + "/audit").cells(S401, S403, S403, S403, S403, S403, S200),
                get(API + "/submissions").cells(S401, OWN, OWN, HIDDEN, HIDDEN, ALL, ALL),
                get(API + "/submissions")
                        .query("country=AUT")
                        .cells(S401, OWN, OWN, HIDDEN, HIDDEN, ALL, ALL),
                // /submissions takes one country (the first given): whatever it is, no leak
                get(API + "/submissions")
                        .query("country=DEU&country=AUT")
                        .cells(S401, NO_LEAK, NO_LEAK, NO_LEAK, NO_LEAK, S200, S200),
                get(API + "/submissions/{id}")
                        .cells(S401, S200, S200, HIDDEN_404, HIDDEN_404, S200, S200),
                get(API + "/submissions/{id}/file")
                        .cells(S401, S200, S200, HIDDEN_404, HIDDEN_404, S200, S200),
                get(API + "/submissions/{id}/receipt.txt")
                        .cells(S401, S200, S200, HIDDEN_404, HIDDEN_404, S200, S200),
                post(API + "/submissions")
                        .body("text/csv", AccessMatrixIT::austrianCsv)
                        .cells(S401, ACCEPTED, S403, MISMATCH, S403, ACCEPTED, S403),
                post(API + "/submissions")
                        .query("filename=aut-form.csv")
                        .multipart("file", "text/csv", AccessMatrixIT::austrianCsv)
                        .cells(S401, ACCEPTED, S403, MISMATCH, S403, ACCEPTED, S403),
                post(API + "/submissions")
                        .query("dryRun=true")
                        .body("text/csv", AccessMatrixIT::austrianCsv)
                        .cells(S401, WOULD_ACCEPT, S403, WOULD_MISMATCH, S403, WOULD_ACCEPT, S403),
                get(API + "/observations")
                        .query("country=AUT&from={year}&to={year}")
                        .cells(S401, OWN, OWN, HIDDEN, HIDDEN, ALL, ALL),
                get(API + "/observations")
                        .query("size=500")
                        .cells(S401, OWN, OWN, HIDDEN, HIDDEN, ALL, ALL),
                get(API + "/observations")
                        .query("country=DEU&country=AUT&from={year}&to={year}")
                        .cells(S401, OWN, OWN, OWN, OWN, ALL, ALL),
                get(API + "/observations")
                        .query("country=AUT&from={year}&to={year}&asOf={asOf}")
                        .cells(S401, OWN, OWN, HIDDEN, HIDDEN, ALL, ALL),
                get(API + "/observations")
                        .query("country=AUT&from={year}&to={year}")
                        .accept("text/csv")
                        .cells(S401, OWN, OWN, HIDDEN, HIDDEN, ALL, ALL),
                get(API + "/observations")
                        .accept("text/csv")
                        .cells(S401, OWN, OWN, HIDDEN, HIDDEN, ALL, ALL),
                get(API + "/observations")
                        .query("country=DEU&country=AUT&from={year}&to={year}")
                        .accept("text/csv")
                        .cells(S401, OWN, OWN, OWN, OWN, ALL, ALL),
                get(API + "/policy-status")
                        .query("country=AUT&from={year}&to={year}")
                        .cells(S401, OWN, OWN, HIDDEN, HIDDEN, ALL, ALL),
                get(API + "/policy-status")
                        .query("size=500")
                        .cells(S401, OWN, OWN, HIDDEN, HIDDEN, ALL, ALL),
                get(API + "/policy-status")
                        .query("country=DEU&country=AUT&from={year}&to={year}")
                        .cells(S401, OWN, OWN, OWN, OWN, ALL, ALL),
                get(API + "/policy-status")
                        .query("country=AUT&from={year}&to={year}&asOf={asOf}")
                        .cells(S401, OWN, OWN, HIDDEN, HIDDEN, ALL, ALL),
                get(API + "/templates/{iso3}.xlsx")
                        .cells(S401, S200, S403, HIDDEN_404, S403, S200, S403),
                get(API + "/reports/trends")
                        .query("from={year}&to={year}&format=csv")
                        .cells(S401, S403, S403, S403, S403, S200, S403),
                get(API + "/reports/trends")
                        .query("from={year}&to={year}&asOf={asOf}&format=csv")
                        .cells(S401, S403, S403, S403, S403, S200, S403),
                get(API + "/reports/countries/{iso3}")
                        .query("from={year}&to={year}&format=csv")
                        .cells(S401, S200, S200, HIDDEN_404, HIDDEN_404, S200, S403),
                // review and release (design.md section 12): each step's row has a year of
                // its own in the state that step needs, and only one caller may take it
                get(API + "/releases").cells(S401, OWN, OWN, HIDDEN, HIDDEN, ALL, ALL),
                get(API + "/releases")
                        .query("country=AUT&year={year}")
                        .cells(S401, OWN, OWN, HIDDEN, HIDDEN, ALL, ALL),
                get(API + "/releases/{iso3}/{year}")
                        .cells(S401, S200, S200, HIDDEN_404, HIDDEN_404, S200, S200),
                post(API + "/releases/{iso3}/{year}/submit")
                        .with("year", "{receivedYear}")
                        .body("application/json", () -> json("{}"))
                        .cells(S401, S200, S403, S404, S403, S403, S403),
                post(API + "/releases/{iso3}/{year}/approve")
                        .with("year", "{submittedYear}")
                        .body("application/json", () -> json("{}"))
                        .cells(S401, S403, S403, S403, S403, S200, S403),
                post(API + "/releases/{iso3}/{year}/return")
                        .with("year", "{returnedYear}")
                        .body("application/json", () -> json("{\"comment\": \"matrix\"}"))
                        .cells(S401, S403, S403, S403, S403, S200, S403),
                post(API + "/releases/{iso3}/{year}/publish")
                        .with("year", "{approvedYear}")
                        .body(
                                "application/json",
                                () -> json("{\"releaseAt\": \"2020-01-01T00:00:00Z\"}"))
                        .cells(S401, S403, S403, S403, S403, S200, S403),
                // the users of THB_AUTH=jdbc (design.md section 7a); under demo and oidc the
                // resource does not exist for anyone
                get(API + "/users").cells(underJdbc(S401, S403, S403, S403, S403, S403, S200)),
                post(API + "/users")
                        .body("application/json", AccessMatrixIT::newUser)
                        .cells(underJdbc(S401, S403, S403, S403, S403, S403, S201)),
                row("PATCH", API + "/users/{name}")
                        .with("name", "matrix-user")
                        .body("application/json", () -> json("{\"enabled\": true}"))
                        .cells(underJdbc(S401, S403, S403, S403, S403, S403, S200)),
                row("PUT", API + "/users/{name}/password")
                        .with("name", "matrix-user")
                        .body(
                                "application/json",
                                () -> json("{\"newPassword\": \"matrix-password-2\"}"))
                        .cells(underJdbc(S401, S403, S403, S403, S403, S403, S204)),
                // the public SDMX API (design.md section 12), described by SDMX, not /openapi:
                // anyone, the same answer
                get("/thb-hub/sdmx/rest/dataflow/THB/THB_STAT/1.0")
                        .outsideOpenApi()
                        .cells(S200, S200, S200, S200, S200, S200, S200),
                get("/thb-hub/sdmx/rest/data/{flowRef}/AUT.VICT._T._T._T._T._T")
                        .outsideOpenApi()
                        .query("startPeriod={publishedYear}&endPeriod={publishedYear}")
                        .cells(S200, S200, S200, S200, S200, S200, S200));
    }

    /** The callers of every row, in the order of its cells. */
    static final List<User> COLUMNS =
            List.of(
                    User.ANONYMOUS,
                    User.RAPPORTEUR_AUT,
                    User.GOVERNMENT_AUT,
                    User.RAPPORTEUR_DEU,
                    User.GOVERNMENT_DEU,
                    User.ANALYST,
                    User.ADMIN);

    /** The country that owns the fixture's scoped data, and the caller who reads it as owner. */
    static final String OWNER = "AUT";

    static final User WITNESS = User.RAPPORTEUR_AUT;

    // ---- the fixture -------------------------------------------------------------------------

    /** What the placeholders of the rows stand for: stored before the first cell is called. */
    static final class Fixture {
        /** A reporting year no other test writes, so that filtered lists hold the fixture. */
        static final int YEAR = 1993;

        static final Map<String, String> values = new HashMap<>();
    }

    @BeforeAll
    static void bothCountriesHaveDataOfTheirOwn() {
        String autSubmission = deliver(User.RAPPORTEUR_AUT, statCsv("AUT"));
        deliver(User.RAPPORTEUR_AUT, policyCsv("AUT"));
        deliver(User.RAPPORTEUR_DEU, statCsv("DEU"));
        deliver(User.RAPPORTEUR_DEU, policyCsv("DEU"));
        Instant afterAll = Instant.now();
        SubmissionIT.waitPast(afterAll);
        releaseYears();
        Fixture.values.put("id", autSubmission);
        Fixture.values.put("iso3", OWNER);
        Fixture.values.put("year", Integer.toString(Fixture.YEAR));
        Fixture.values.put("asOf", afterAll.plusMillis(1).toString());
        if (ItUsers.jdbc()) {
            Answer user =
                    Api.send(
                            "POST",
                            "/users",
                            User.ADMIN,
                            "application/json",
                            json(
                                    "{\"name\": \"matrix-user\", \"role\": \"analyst\","
                                            + " \"password\": \"matrix-password-1\"}"));
            assertThat(user.status()).as(user.body()).isEqualTo(201);
        }
    }

    /**
     * Austrian years in each state a release step needs: received (to submit), submitted (to
     * approve, to return), approved (to publish), and one published (for the SDMX data).
     */
    static void releaseYears() {
        int published = 1987;
        int received = 1988;
        int submitted = 1989;
        int returned = 1990;
        int approved = 1991;
        List<String> rows = new ArrayList<>();
        for (int year : new int[] {published, received, submitted, returned, approved}) {
            rows.add("AUT,VICT,_T,_T,_T,_T,_T," + year + ",7");
        }
        deliver(User.RAPPORTEUR_AUT, Fixtures.statCsv(rows.toArray(String[]::new)));
        for (int year : new int[] {published, submitted, returned, approved}) {
            step(User.RAPPORTEUR_AUT, year, "submit", "{}");
        }
        for (int year : new int[] {published, approved}) {
            step(User.ANALYST, year, "approve", "{}");
        }
        step(User.ANALYST, published, "publish", "{\"releaseAt\": \"2020-01-01T00:00:00Z\"}");
        Fixture.values.put("publishedYear", Integer.toString(published));
        Fixture.values.put("receivedYear", Integer.toString(received));
        Fixture.values.put("submittedYear", Integer.toString(submitted));
        Fixture.values.put("returnedYear", Integer.toString(returned));
        Fixture.values.put("approvedYear", Integer.toString(approved));
        Fixture.values.put("flowRef", "THB_STAT");
    }

    static void step(User user, int year, String step, String body) {
        Answer answer =
                Api.send(
                        "POST",
                        "/releases/" + OWNER + "/" + year + "/" + step,
                        user,
                        "application/json",
                        json(body));
        assertThat(answer.status()).as(step + " " + year + ": " + answer.body()).isEqualTo(200);
    }

    static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String deliver(User user, byte[] file) {
        Answer answer = Api.upload("", user, "text/csv", file);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asText();
    }

    static byte[] statCsv(String iso3) {
        return Fixtures.statCsv(
                iso3 + ",VICT,_T,_T,_T,_T,_T," + Fixture.YEAR + ",12",
                iso3 + ",PROS,_T,_T,_T,_T,_T," + Fixture.YEAR + ",3");
    }

    static byte[] policyCsv(String iso3) {
        return ("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,POLICY_ITEM,TIME_PERIOD,STATUS,LEGAL_REF,"
                        + "SOURCE_URL,COMMENT\n"
                        + "dataflow,THB:THB_POLICY(1.0),I,"
                        + iso3
                        + ",NAP,"
                        + Fixture.YEAR
                        + ",YES,,,"
                        + java.util.UUID.randomUUID()
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A new Austrian file for every upload cell: the same bytes twice would be a DUPLICATE. */
    static byte[] austrianCsv() {
        return Fixtures.statCsv("AUT,CONV,_T,_T,_T,_T,_T," + Fixture.YEAR + ",1");
    }

    // ---- the tests ---------------------------------------------------------------------------

    @Test
    void everyOperationOfTheOpenApiDocumentHasARowAndEveryRowAnOperation() {
        Set<String> documented = operations(openApi());
        Set<String> rows = new TreeSet<>();
        rows().stream().filter(r -> r.inOpenApi).forEach(r -> rows.add(r.operation()));

        assertThat(documented).as("operations in /openapi").contains("GET " + API + "/me");
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(rows);
        assertThat(missing).as("operations of /openapi without a row in AccessMatrixIT").isEmpty();
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(documented);
        assertThat(stale).as("rows of AccessMatrixIT for operations /openapi lacks").isEmpty();
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : rows()) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                cells.add(Arguments.of(row, COLUMNS.get(i), row.cells.get(i)));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void eachCallerGetsWhatTheMatrixSays(Row row, User caller, Cell cell) {
        cell.check(row, caller, row.call(caller));
    }

    // ---- rows ---------------------------------------------------------------------------------

    static Row get(String path) {
        return new Row("GET", path);
    }

    static Row post(String path) {
        return new Row("POST", path);
    }

    static Row row(String method, String path) {
        return new Row(method, path);
    }

    /** The cells under THB_AUTH=jdbc; under demo and oidc 404 for everyone. */
    static Cell[] underJdbc(Cell... jdbc) {
        Cell[] cells = new Cell[jdbc.length];
        for (int i = 0; i < jdbc.length; i++) {
            cells[i] = ItUsers.jdbc() ? jdbc[i] : S404;
        }
        return cells;
    }

    /** A new user for every creating cell. */
    static byte[] newUser() {
        return json(
                "{\"name\": \"matrix-"
                        + java.util.UUID.randomUUID().toString().substring(0, 8)
                        + "\", \"role\": \"analyst\", \"country\": null,"
                        + " \"password\": \"matrix-password-1\"}");
    }

    /** One request (an operation with its query, representation and body) and its seven cells. */
    static final class Row {
        final String method;
        final String path;
        String query = "";
        String accept;
        String contentType;
        Supplier<byte[]> body = () -> new byte[0];
        boolean inOpenApi = true;
        Function<Answer, List<String>> countries;
        final Map<String, String> values = new HashMap<>();
        List<Cell> cells = List.of();

        Row(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Row query(String query) {
            this.query = query;
            return this;
        }

        Row accept(String accept) {
            this.accept = accept;
            return this;
        }

        Row body(String contentType, Supplier<byte[]> body) {
            this.contentType = contentType;
            this.body = body;
            return this;
        }

        Row multipart(String part, String partType, Supplier<byte[]> content) {
            String boundary = "thb-matrix-boundary";
            return body(
                    "multipart/form-data; boundary=" + boundary,
                    () ->
                            SubmissionIT.concat(
                                    ("--"
                                                    + boundary
                                                    + "\r\nContent-Disposition: form-data; name=\""
                                                    + part
                                                    + "\"; filename=\"matrix.csv\"\r\n"
                                                    + "Content-Type: "
                                                    + partType
                                                    + "\r\n\r\n")
                                            .getBytes(StandardCharsets.UTF_8),
                                    content.get(),
                                    ("\r\n--" + boundary + "--\r\n")
                                            .getBytes(StandardCharsets.UTF_8)));
        }

        /** A placeholder's value for this row alone: a text, or another placeholder. */
        Row with(String placeholder, String value) {
            values.put(placeholder, value);
            return this;
        }

        /** How to read the country of each item, for a list that is no JSON page and no CSV. */
        Row countries(Function<Answer, List<String>> countries) {
            this.countries = countries;
            return this;
        }

        Row outsideOpenApi() {
            this.inOpenApi = false;
            return this;
        }

        Row cells(Cell... cells) {
            if (cells.length != COLUMNS.size()) {
                throw new IllegalArgumentException(this + ": one cell for each of " + COLUMNS);
            }
            this.cells = List.of(cells);
            return this;
        }

        String operation() {
            return method + " " + path;
        }

        /** The path (and query) with the placeholders filled from the fixture. */
        String target() {
            return fill(path, values, false)
                    + (query.isEmpty() ? "" : "?" + fill(query, values, true));
        }

        Answer call(User caller) {
            return Api.exchange(
                    method, Api.ROOT + target(), caller, accept, contentType, body.get());
        }

        @Override
        public String toString() {
            return operation()
                    + (query.isEmpty() ? "" : "?" + query)
                    + (accept == null ? "" : " [" + accept + "]")
                    + (contentType == null ? "" : " [" + contentType.split(";")[0] + "]");
        }
    }

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    static String fill(String template, Map<String, String> own, boolean encode) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // a row's own value may name a fixture value: "{receivedYear}"
            String value =
                    own.containsKey(m.group(1))
                            ? fill(own.get(m.group(1)), Map.of(), false)
                            : Fixture.values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(
                        "no fixture value for {" + m.group(1) + "} in " + template);
            }
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            encode ? URLEncoder.encode(value, StandardCharsets.UTF_8) : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---- cells --------------------------------------------------------------------------------

    /** What one caller gets from one row. */
    interface Cell {
        void check(Row row, User caller, Answer answer);
    }

    record Status(int status) implements Cell {
        @Override
        public void check(Row row, User caller, Answer answer) {
            assertThat(answer.status())
                    .as(row + " as " + caller + ": " + answer.body())
                    .isEqualTo(status);
            if (status >= 400) {
                ProblemJsonIT.assertProblem(answer, status);
            }
            if (status == 401) {
                assertThat(answer.header("WWW-Authenticate")).hasValue(ItUsers.challenge());
            }
        }

        @Override
        public String toString() {
            return Integer.toString(status);
        }
    }

    static final Cell S200 = new Status(200);
    static final Cell S201 = new Status(201);
    static final Cell S204 = new Status(204);
    static final Cell S401 = new Status(401);
    static final Cell S403 = new Status(403);
    static final Cell S404 = new Status(404);

    /** 200; the list holds something, and only the caller's own country's. */
    static final Cell OWN =
            named(
                    "own country only",
                    (row, caller, answer) -> {
                        List<String> countries = countriesIn(row, caller, answer);
                        assertThat(countries).as(row + " as " + caller).isNotEmpty();
                        assertThat(new TreeSet<>(countries))
                                .as(row + " as " + caller)
                                .containsExactly(countryOf(caller));
                    });

    /**
     * 200; nothing of the owner's country, although the owner's rapporteur gets something for the
     * same request: another country's reader sees only their own, if anything.
     */
    static final Cell HIDDEN =
            named(
                    "nothing of " + OWNER,
                    (row, caller, answer) -> {
                        List<String> countries = countriesIn(row, caller, answer);
                        assertThat(countries).as(row + " as " + caller).doesNotContain(OWNER);
                        assertThat(new TreeSet<>(countries))
                                .as(row + " as " + caller)
                                .isSubsetOf(countryOf(caller));
                        assertThat(countriesIn(row, WITNESS, row.call(WITNESS)))
                                .as(row + " as the owner " + WITNESS)
                                .contains(OWNER);
                    });

    /** 200; whatever the list holds is of the caller's own country. */
    static final Cell NO_LEAK =
            named(
                    "nothing of another country",
                    (row, caller, answer) ->
                            assertThat(new TreeSet<>(countriesIn(row, caller, answer)))
                                    .as(row + " as " + caller)
                                    .isSubsetOf(countryOf(caller)));

    /** 200; the list holds something, and something of every country the query names. */
    static final Cell ALL =
            named(
                    "every country",
                    (row, caller, answer) -> {
                        List<String> countries = countriesIn(row, caller, answer);
                        assertThat(countries).as(row + " as " + caller).isNotEmpty();
                        assertThat(countries)
                                .as(row + " as " + caller)
                                .containsAll(countriesNamedIn(row));
                    });

    /** 404 for an item of the owner's country, which the owner's rapporteur does get (200). */
    static final Cell HIDDEN_404 =
            new Cell() {
                @Override
                public void check(Row row, User caller, Answer answer) {
                    S404.check(row, caller, answer);
                    assertThat(row.call(WITNESS).status())
                            .as(row + " as the owner " + WITNESS)
                            .isEqualTo(200);
                }

                @Override
                public String toString() {
                    return "404, exists";
                }
            };

    /** 201: the upload was judged and accepted. */
    static final Cell ACCEPTED =
            named(
                    "201 ACCEPTED",
                    (row, caller, answer) -> {
                        assertThat(answer.status()).as(row + ": " + answer.body()).isEqualTo(201);
                        assertThat(answer.json().get("status").asText()).isEqualTo("ACCEPTED");
                        assertThat(answer.json().get("country").asText()).isEqualTo(OWNER);
                    });

    /** 422: an upload of the owner's data by another country is rejected as not theirs. */
    static final Cell MISMATCH =
            named(
                    "422 COUNTRY_MISMATCH",
                    (row, caller, answer) -> {
                        assertThat(answer.status()).as(row + ": " + answer.body()).isEqualTo(422);
                        assertThat(answer.json().get("status").asText()).isEqualTo("REJECTED");
                        assertThat(answer.body()).contains("COUNTRY_MISMATCH");
                    });

    /** 200: a dry run says the file would be accepted, and stores nothing. */
    static final Cell WOULD_ACCEPT =
            named(
                    "200 would be ACCEPTED",
                    (row, caller, answer) -> {
                        assertThat(answer.status()).as(row + ": " + answer.body()).isEqualTo(200);
                        assertThat(answer.json().get("dryRun").asBoolean()).isTrue();
                        assertThat(answer.json().get("status").asText()).isEqualTo("ACCEPTED");
                    });

    /** 200: a dry run says another country's file would be rejected as not the caller's. */
    static final Cell WOULD_MISMATCH =
            named(
                    "200 would be COUNTRY_MISMATCH",
                    (row, caller, answer) -> {
                        assertThat(answer.status()).as(row + ": " + answer.body()).isEqualTo(200);
                        assertThat(answer.json().get("dryRun").asBoolean()).isTrue();
                        assertThat(answer.json().get("status").asText()).isEqualTo("REJECTED");
                        assertThat(answer.body()).contains("COUNTRY_MISMATCH");
                    });

    static Cell named(String name, Cell check) {
        return new Cell() {
            @Override
            public void check(Row row, User caller, Answer answer) {
                assertThat(answer.status())
                        .as(row + " as " + caller + ": " + answer.body())
                        .isIn(200, 201, 422);
                check.check(row, caller, answer);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    // ---- reading answers ---------------------------------------------------------------------

    static String countryOf(User user) {
        String name = user.userName();
        return name.toUpperCase(java.util.Locale.ROOT).substring(name.length() - 3);
    }

    /** The countries named by the query's country filter. */
    static List<String> countriesNamedIn(Row row) {
        List<String> named = new ArrayList<>();
        for (String pair : row.query.split("&")) {
            if (pair.startsWith("country=")) {
                named.add(pair.substring("country=".length()));
            }
        }
        return named;
    }

    /** The country of every item of a list answer: a JSON page's items, or CSV rows' REF_AREA. */
    static List<String> countriesIn(Row row, User caller, Answer answer) {
        assertThat(answer.status()).as(row + " as " + caller + ": " + answer.body()).isEqualTo(200);
        if (row.countries != null) {
            return row.countries.apply(answer);
        }
        if (answer.contentType().startsWith("text/csv")) {
            List<String> lines = answer.body().lines().toList();
            assertThat(lines).as(row + ": a CSV with a header").isNotEmpty();
            int column = UnodcImportIT.split(lines.get(0)).indexOf("REF_AREA");
            assertThat(column).as(row + ": REF_AREA column").isNotNegative();
            return lines.stream()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> UnodcImportIT.split(l).get(column))
                    .toList();
        }
        JsonNode items = answer.json().get("items");
        assertThat(items).as(row + ": a page with items").isNotNull();
        List<String> countries = new ArrayList<>();
        for (JsonNode item : items) {
            // a UNODC import spans many countries: its submission has none
            countries.add(item.path("country").asText(""));
        }
        return countries;
    }

    // ---- the OpenAPI document ----------------------------------------------------------------

    static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    static JsonNode openApi() {
        Answer answer =
                Api.getAbsolute(Api.BASE.replace("/thb-hub/api/v1", "/openapi?format=JSON"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        try {
            return new ObjectMapper().readTree(answer.response().body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "GET /thb-hub/api/v1/submissions/{id}" for every operation the document lists. */
    static Set<String> operations(JsonNode openApi) {
        Set<String> operations = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
            path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                            method -> {
                                if (METHODS.contains(method)) {
                                    operations.add(
                                            method.toUpperCase(java.util.Locale.ROOT)
                                                    + " "
                                                    + path.getKey());
                                }
                            });
        }
        return operations;
    }
}
