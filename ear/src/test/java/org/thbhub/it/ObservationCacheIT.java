package org.thbhub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thbhub.it.Api.Answer;
import org.thbhub.it.Api.User;

/**
 * Pages of /observations are served from a cache keyed by the scoped query and the data version of
 * the countries it covers (issue 15, docs/adr/0017): a commit makes the very next read fresh, and
 * one country's page is never served to a reader of another. Years 1984 (Austria, Germany) and 1981
 * (Germany) are this class's own.
 */
@ExtendWith(ArquillianExtension.class)
class ObservationCacheIT {

    static final String YEAR_1984 = "/observations?from=1984&to=1984&size=100";

    @Test
    void aCommitMakesTheNextReadFresh() {
        String page = "/observations?country=AUT&indicator=CONV&from=1984&to=1984";
        deliver(User.RAPPORTEUR_AUT, "AUT,CONV,_T,_T,_T,_T,_T,1984,5");
        Answer first = Api.get(page, User.GOVERNMENT_AUT);
        Answer again = Api.get(page, User.GOVERNMENT_AUT);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(values(first)).containsExactly("AUT CONV _T 5");

        deliver(
                User.RAPPORTEUR_AUT,
                "AUT,CONV,_T,_T,_T,_T,_T,1984,6",
                "AUT,CONV,F,_T,_T,_T,_T,1984,2");

        JsonNode fresh = Api.get(page, User.GOVERNMENT_AUT).json();
        assertThat(fresh.get("total").asLong()).isEqualTo(2);
        assertThat(values(Api.get(page, User.GOVERNMENT_AUT)))
                .containsExactlyInAnyOrder("AUT CONV F 2", "AUT CONV _T 6");
        // the analyst's unrestricted page covers every country: an Austrian commit moves it too
        String all = "/observations?indicator=CONV&from=1984&to=1984&size=100";
        List<String> before = values(Api.get(all, User.ANALYST));
        deliver(User.RAPPORTEUR_AUT, "AUT,CONV,M,_T,_T,_T,_T,1984,4");
        List<String> after = values(Api.get(all, User.ANALYST));
        assertThat(after).hasSize(before.size() + 1).contains("AUT CONV M 4");
    }

    @Test
    void aWithdrawalIsSeenAtOnce() {
        String page = "/observations?country=DEU&from=1981&to=1981";
        deliver(User.RAPPORTEUR_DEU, "DEU,VICT,_T,_T,_T,_T,_T,1981,9");
        assertThat(values(Api.get(page, User.GOVERNMENT_DEU))).containsExactly("DEU VICT _T 9");

        String delete =
                new String(
                                Fixtures.statCsv("DEU,VICT,_T,_T,_T,_T,_T,1981,"),
                                StandardCharsets.UTF_8)
                        .replace(",I,DEU", ",D,DEU");
        Answer deleted =
                Api.upload(
                        "",
                        User.RAPPORTEUR_DEU,
                        "text/csv",
                        delete.getBytes(StandardCharsets.UTF_8));
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(201);

        assertThat(Api.get(page, User.GOVERNMENT_DEU).json().get("total").asLong()).isZero();
    }

    @Test
    void oneCountrysCachedPageIsNeverServedToAnother() {
        deliver(User.RAPPORTEUR_AUT, "AUT,VICT,_T,_T,_T,_T,_T,1984,31");
        deliver(User.RAPPORTEUR_DEU, "DEU,VICT,_T,_T,_T,_T,_T,1984,47");

        // the same URL, asked by each government reader in turn and again: each sees their own
        for (int round = 0; round < 2; round++) {
            assertThat(values(Api.get(YEAR_1984 + "&indicator=VICT", User.GOVERNMENT_AUT)))
                    .containsExactly("AUT VICT _T 31");
            assertThat(values(Api.get(YEAR_1984 + "&indicator=VICT", User.GOVERNMENT_DEU)))
                    .containsExactly("DEU VICT _T 47");
        }
        // a page Austria's reader has just read is nothing to Germany's, asked by country
        String austria = "/observations?country=AUT&indicator=VICT&from=1984&to=1984";
        assertThat(values(Api.get(austria, User.GOVERNMENT_AUT))).containsExactly("AUT VICT _T 31");
        JsonNode refused = Api.get(austria, User.GOVERNMENT_DEU).json();
        assertThat(refused.get("total").asLong()).isZero();
        assertThat(refused.get("items").size()).isZero();
        // the analyst sees both, and the CSV answer keeps to the scope as well
        assertThat(values(Api.get(YEAR_1984 + "&indicator=VICT", User.ANALYST)))
                .containsExactlyInAnyOrder("AUT VICT _T 31", "DEU VICT _T 47");
        for (int round = 0; round < 2; round++) {
            String csv =
                    Api.getAccept(
                                    "/observations?indicator=VICT&from=1984&to=1984",
                                    User.GOVERNMENT_DEU,
                                    "text/csv")
                            .body();
            assertThat(csv).contains(",DEU,VICT,").doesNotContain(",AUT,");
        }
    }

    @Test
    void aRepeatedParameterAsksForEachOfItsValues() {
        deliver(User.RAPPORTEUR_AUT, "AUT,PROS,_T,_T,_T,_T,_T,1984,3");
        deliver(User.RAPPORTEUR_DEU, "DEU,PROS,_T,_T,_T,_T,_T,1984,8");
        String both = "/observations?indicator=PROS&from=1984&to=1984&country=AUT&country=DEU";
        assertThat(values(Api.get(both, User.ANALYST)))
                .containsExactly("AUT PROS _T 3", "DEU PROS _T 8");
        // one value only; then two parameters repeated at once
        assertThat(values(Api.get(both.replace("&country=AUT", ""), User.ANALYST)))
                .containsExactly("DEU PROS _T 8");
        assertThat(values(Api.get(both + "&indicator=VICT&sex=_T&sex=F", User.ANALYST)))
                .contains("AUT PROS _T 3", "DEU PROS _T 8");
    }

    @Test
    void aPageLargerThanTheServersBufferIsSentWithItsLength() {
        List<String> rows = new ArrayList<>();
        for (int year = 1980; year <= 2025; year++) {
            rows.add("DEU,FORMAL_CONTACT,_T,_T,_T,_T,_T," + year + ",5");
            rows.add("DEU,FORMAL_CONTACT,F,_T,_T,_T,_T," + year + ",2");
            rows.add("DEU,FORMAL_CONTACT,M,_T,_T,_T,_T," + year + ",3");
        }
        deliver(User.RAPPORTEUR_DEU, rows.toArray(String[]::new));
        String page = "/observations?country=DEU&indicator=FORMAL_CONTACT&size=100";
        for (int round = 0; round < 2; round++) { // read, then kept
            Answer answer = Api.get(page, User.GOVERNMENT_DEU);
            assertThat(values(answer)).hasSize(100);
            int length = answer.response().body().length;
            // past Undertow's 16 KB buffer a body of unknown length goes out in chunks
            assertThat(length).isGreaterThan(16 * 1024);
            assertThat(answer.header("Content-Length")).hasValue(Integer.toString(length));
            assertThat(answer.header("Transfer-Encoding")).isEmpty();
        }
    }

    private static void deliver(User rapporteur, String... rows) {
        Answer answer = Api.upload("", rapporteur, "text/csv", Fixtures.statCsv(rows));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("status").asText()).isEqualTo("ACCEPTED");
    }

    /** "country indicator sex value" of each item, in the page's order. */
    private static List<String> values(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> found = new ArrayList<>();
        for (JsonNode item : answer.json().get("items")) {
            found.add(
                    item.get("country").asText()
                            + " "
                            + item.get("indicator").asText()
                            + " "
                            + item.get("sex").asText()
                            + " "
                            + item.get("value").asText());
        }
        return found;
    }
}
