package org.thbhub.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thbhub.reference.CountryCode;
import org.thbhub.submission.Channel;
import org.thbhub.submission.DeliveryKey;

/** The claim protocol of docs/adr/0015 on H2 and on a real PostgreSQL. */
class FileClaimStoreTest {

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static EmbeddedPostgres postgres;
    private static DataSource h2;

    @BeforeAll
    static void databases() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:claims-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        h2 = ds;
        for (DataSource d : new DataSource[] {h2, postgres.getPostgresDatabase()}) {
            Flyway.configure().dataSource(d).locations("classpath:db/migration").load().migrate();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    static Stream<String> databases_() {
        return Stream.of("h2", "postgresql");
    }

    private static DataSource db(String name) {
        return name.equals("h2") ? h2 : postgres.getPostgresDatabase();
    }

    private static DeliveryKey key() {
        return DeliveryKey.of(
                Channel.DROP,
                CountryCode.of("AUT"),
                "AUT/inbox/" + System.nanoTime() + ".csv",
                10,
                1000,
                Optional.empty());
    }

    private static FileClaimStore store(Connection c, String node, Instant at) {
        return new FileClaimStore(c, node, LEASE, Clock.fixed(at, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @MethodSource("databases_")
    void oneNodeHoldsAClaimUntilItsLeaseRunsOut(String database) throws SQLException {
        DeliveryKey key = key();
        Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
        try (Connection c = db(database).getConnection()) {
            assertThat(store(c, "node-a", t0).claim(key, "AUT/inbox/x.csv")).isTrue();
            assertThat(store(c, "node-b", t0.plusSeconds(1)).claim(key, "AUT/inbox/x.csv"))
                    .isFalse();
            // its own claim again (a retry after a failure, a restart)
            assertThat(store(c, "node-a", t0.plusSeconds(2)).claim(key, "AUT/inbox/x.csv"))
                    .isTrue();
            // renewed at t0+50s: still held at t0+100s
            assertThat(store(c, "node-a", t0.plusSeconds(50)).renew(key)).isTrue();
            assertThat(store(c, "node-b", t0.plusSeconds(100)).claim(key, "AUT/inbox/x.csv"))
                    .isFalse();
            // node-a died: after the lease, node-b takes over and node-a can no longer renew
            assertThat(store(c, "node-b", t0.plusSeconds(111)).claim(key, "AUT/inbox/x.csv"))
                    .isTrue();
            assertThat(store(c, "node-a", t0.plusSeconds(112)).renew(key)).isFalse();
            assertThat(store(c, "node-a", t0.plusSeconds(112)).claim(key, "AUT/inbox/x.csv"))
                    .isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("databases_")
    void ofManyNodesRacingForOneFileExactlyOneWins(String database) throws Exception {
        DeliveryKey fresh = key();
        DeliveryKey expired = key();
        Instant t0 = Instant.now();
        try (Connection c = db(database).getConnection()) {
            store(c, "dead-node", t0.minusSeconds(600)).claim(expired, "AUT/inbox/y.csv");
        }
        for (DeliveryKey key : new DeliveryKey[] {fresh, expired}) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                var tries = new java.util.ArrayList<Future<Boolean>>();
                for (int i = 0; i < 8; i++) {
                    String node = "node-" + i;
                    Callable<Boolean> claim =
                            () -> {
                                try (Connection c = db(database).getConnection()) {
                                    return store(c, node, t0).claim(key, "AUT/inbox/y.csv");
                                }
                            };
                    tries.add(pool.submit(claim));
                }
                long won = 0;
                for (Future<Boolean> f : tries) {
                    won += f.get() ? 1 : 0;
                }
                assertThat(won).as("winners for " + key).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
