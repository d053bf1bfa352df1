package org.thbhub.validation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.thbhub.ingest.CodeLists;
import org.thbhub.ingest.InMemoryCodeLists;
import org.thbhub.ingest.ObservationRow;
import org.thbhub.ingest.SourcePosition;

/** Code lists of design.md section 3 and compact rows for tests. */
final class Fixtures {

    static final CodeLists CODE_LISTS = load();

    private Fixtures() {}

    private static CodeLists load() {
        try (Reader r =
                new InputStreamReader(
                        Objects.requireNonNull(
                                Fixtures.class.getResourceAsStream("/validation/codelists.txt")),
                        StandardCharsets.UTF_8)) {
            return InMemoryCodeLists.parse(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A THB_STAT row on a line from "REF_AREA,INDICATOR,SEX,AGE,CITIZEN,EXPL,RECRUIT,YEAR,
     * OBS_VALUE[,OBS_STATUS,CONF_STATUS,ACTION]".
     */
    static ObservationRow row(int line, String csv) {
        String[] f = (csv + ",,,").split(",", -1);
        return new ObservationRow(
                SourcePosition.line(line),
                f[11],
                f[0],
                f[1],
                f[2],
                f[3],
                f[4],
                f[5],
                f[6],
                f[7],
                f[8],
                f[9],
                f[10],
                "");
    }
}
