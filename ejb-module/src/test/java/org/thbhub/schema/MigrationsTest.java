package org.thbhub.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same migrations on H2 and on a real PostgreSQL give the same schema and the same data. */
class MigrationsTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private static DataSource h2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    private static Map<String, Long> migrateAndCount(DataSource dataSource) throws SQLException {
        var result =
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
        assertThat(result.success).isTrue();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String query :
                    new String[] {
                        "select count(*) from country",
                        "select count(*) from country where osce_status = 'participating'",
                        "select count(*) from region where grouping_code = 'M49_SUBREGION'",
                        "select count(*) from region where grouping_code = 'M49_REGION'",
                        "select count(*) from region_member",
                        "select count(*) from code_list",
                        "select count(*) from code",
                        "select count(*) from submission",
                        "select count(*) from observation",
                        "select count(*) from policy_status",
                        "select count(*) from audit_event",
                        "select count(*) from label_language",
                        "select count(*) from country_label where lang = 'ru'",
                        "select count(*) from region_label where lang = 'ru'",
                        "select count(*) from code_list_label where lang = 'ru'",
                        "select count(*) from code_label where lang = 'ru'",
                        "select count(*) from code_label where lang = 'en'",
                        // what a language lacks: every seeded name has an English and a Russian
                        // label
                        "select count(*) from country c, label_language l where not exists (select 1"
                                + " from country_label x where x.iso3 = c.iso3 and x.lang = l.code)",
                        "select count(*) from region r, label_language l where not exists (select 1"
                                + " from region_label x where x.grouping_code = r.grouping_code"
                                + " and x.region_code = r.code and x.lang = l.code)",
                        "select count(*) from code_list c, label_language l where not exists (select"
                                + " 1 from code_list_label x where x.code_list_id = c.id"
                                + " and x.lang = l.code)",
                        "select count(*) from code c, label_language l where not exists (select 1"
                                + " from code_label x where x.code_list_id = c.code_list_id"
                                + " and x.code = c.code and x.lang = l.code)"
                    }) {
                try (ResultSet rs = s.executeQuery(query)) {
                    rs.next();
                    counts.put(query, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    @Test
    void h2AndPostgresqlEndUpWithTheSameReferenceData() throws SQLException {
        Map<String, Long> onH2 = migrateAndCount(h2());
        Map<String, Long> onPostgres = migrateAndCount(postgres.getPostgresDatabase());

        assertThat(onH2).isEqualTo(onPostgres);
        assertThat(onH2.get("select count(*) from country")).isEqualTo(68);
        assertThat(onH2.get("select count(*) from country where osce_status = 'participating'"))
                .isEqualTo(57);
        assertThat(onH2.get("select count(*) from region where grouping_code = 'M49_SUBREGION'"))
                .isEqualTo(12);
        assertThat(onH2.get("select count(*) from region_member")).isEqualTo(136);
        assertThat(onH2.get("select count(*) from code_list")).isEqualTo(11);
        assertThat(onH2.get("select count(*) from label_language")).isEqualTo(2);
        assertThat(onH2.get("select count(*) from country_label where lang = 'ru'")).isEqualTo(68);
        assertThat(onH2.get("select count(*) from region_label where lang = 'ru'")).isEqualTo(17);
        assertThat(onH2.get("select count(*) from code_label where lang = 'ru'"))
                .isEqualTo(onH2.get("select count(*) from code"));
        assertThat(onH2.entrySet())
                .filteredOn(e -> e.getKey().contains("not exists"))
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isZero());
    }

    @Test
    void russianLabelsAreReadBackAsWritten() throws SQLException {
        DataSource h2 = h2();
        migrateAndCount(h2);
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "select l.label, l.short_label from code_label l"
                                        + " where l.code_list_id = 'EXPL' and l.code = 'SEX_EXP'"
                                        + " and l.lang = 'ru'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Сексуальная эксплуатация");
            assertThat(rs.getString(2)).isEqualTo("Сексуальная");
        }
    }

    @Test
    void austriaIsInWesternEurope() throws SQLException {
        DataSource h2 = h2();
        migrateAndCount(h2);
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "select c.iso2, c.m49, r.name from country c join region_member m"
                                        + " on m.country_iso3 = c.iso3 and m.grouping_code = 'M49_SUBREGION'"
                                        + " join region r on r.grouping_code = m.grouping_code and r.code = m.region_code"
                                        + " where c.iso3 = 'AUT'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("AT");
            assertThat(rs.getString(2)).isEqualTo("040");
            assertThat(rs.getString(3)).isEqualTo("Western Europe");
        }
    }

    @Test
    void oneCurrentValuePerKeyIsEnforcedByTheSchema() throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement create = admin.createStatement()) {
            create.execute("create database current_keys");
        }
        DataSource pg = postgres.getDatabase("postgres", "current_keys");
        Flyway.configure().dataSource(pg).locations("classpath:db/migration").load().migrate();
        try (Connection c = pg.getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "insert into submission (id, channel, status, mode, file_name, sha256, size_bytes,"
                            + " uploader, received_at) values ('00000000-0000-0000-0000-000000000001',"
                            + " 'REST', 'ACCEPTED', 'STRICT', 'f.csv', '"
                            + "0".repeat(64)
                            + "', 1, 'test', current_timestamp)");
            String insert =
                    "insert into observation (submission_id, ref_area, indicator, sex, age, citizen,"
                            + " expl, recruit, time_period, obs_value, obs_status, conf_status,"
                            + " valid_from, current_key) values ('00000000-0000-0000-0000-000000000001',"
                            + " 'AUT', 'VICT', '_T', '_T', '_T', '_T', '_T', 2020, 5, 'A', 'F',"
                            + " current_timestamp, 'AUT.VICT._T._T._T._T._T.2020')";
            s.execute(insert);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(insert))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aWaitingDeliveryIsClaimedByOneSubmissionOnlyOnBothDatabases() throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement create = admin.createStatement()) {
            create.execute("create database deliveries");
        }
        DataSource pg = postgres.getDatabase("postgres", "deliveries");
        for (DataSource db : new DataSource[] {h2(), pg}) {
            Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
            try (Connection c = db.getConnection();
                    Statement s = c.createStatement()) {
                for (int i = 1; i <= 3; i++) {
                    s.execute(
                            "insert into submission (id, channel, status, mode, file_name, sha256,"
                                    + " size_bytes, uploader, received_at) values"
                                    + " ('00000000-0000-0000-0000-00000000000"
                                    + i
                                    + "', 'DROP', 'ACCEPTED', 'STRICT', 'f.csv', '"
                                    + "0".repeat(64)
                                    + "', 1, 'drop:AUT', current_timestamp)");
                }
                String key = "a".repeat(64);
                s.execute(delivery(1, "'" + key + "'"));
                // a second server judging the same waiting file cannot record it too
                org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> s.execute(delivery(2, "'" + key + "'")))
                        .isInstanceOf(SQLException.class);
                // once archived, the key is free: deliveries that left the inbox do not collide
                s.execute(
                        "update delivery set pending_key = null where pending_key = '" + key + "'");
                s.execute(delivery(2, "null"));
                s.execute(delivery(3, "'" + key + "'"));
                try (ResultSet rs = s.executeQuery("select count(*) from delivery")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(3);
                }
            }
        }
    }

    private static String delivery(int submission, String pendingKey) {
        return "insert into delivery (submission_id, pending_key, channel, source, size_bytes)"
                + " values ('00000000-0000-0000-0000-00000000000"
                + submission
                + "', "
                + pendingKey
                + ", 'DROP', 'AUT/inbox/f.csv', 1)";
    }
}
