package org.thbhub.ingest.format;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.thbhub.ingest.CodeLists;
import org.thbhub.ingest.InMemoryCodeLists;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.ingest.PolicyRow;
import org.thbhub.ingest.RowSink;
import org.thbhub.reference.CountryCode;

/** Fixtures shared by the reader tests. */
final class TestSupport {

    static final CodeLists CODE_LISTS = codeLists();

    /** The 68 OSCE countries of reference/osce-countries.csv (copied into the fixtures). */
    static final Set<CountryCode> OSCE = osce();

    private TestSupport() {}

    static Path fixture(String name) {
        try {
            return Path.of(
                    Objects.requireNonNull(TestSupport.class.getResource("/fixtures/" + name), name)
                            .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path dataDir() {
        return Path.of(Objects.requireNonNull(System.getProperty("thb.data.dir"), "thb.data.dir"));
    }

    private static CodeLists codeLists() {
        try (Reader r = Files.newBufferedReader(fixture("codelists.txt"))) {
            return InMemoryCodeLists.parse(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<CountryCode> osce() {
        try {
            return Files.readAllLines(fixture("osce-countries.csv"), StandardCharsets.UTF_8)
                    .stream()
                    .skip(1)
                    .map(l -> CountryCode.of(l.split(",")[1]))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps what a reader hands on. */
    static final class Collected implements RowSink {
        final List<ObservationRow> observations = new ArrayList<>();
        final List<PolicyRow> policies = new ArrayList<>();

        @Override
        public void observation(ObservationRow row) {
            observations.add(row);
        }

        @Override
        public void policy(PolicyRow row) {
            policies.add(row);
        }
    }
}
