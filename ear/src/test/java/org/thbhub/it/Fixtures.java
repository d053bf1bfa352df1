package org.thbhub.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Test files: the readers' fixtures, the real UNODC export, and files made to order. */
final class Fixtures {

    private Fixtures() {}

    static final String HEADER =
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,SEX,AGE,CITIZEN,EXPL,RECRUIT,"
                    + "TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,COMMENT\n";

    static byte[] fixture(String name) {
        return read(Path.of(System.getProperty("thb.fixtures.dir"), name));
    }

    static Path unodcCsv() {
        return Path.of(System.getProperty("thb.data.dir"), "unodc-glotip", "data_glotip.csv");
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One THB_STAT row per line given ("AUT,VICT,_T,_T,_T,_T,_T,2019,58"), made unique. A country x
     * year is shared by every test class of a run (values, releases): give a test a year no other
     * class writes (grep the ITs for it), as the access matrix and ReleaseIT do.
     */
    static byte[] statCsv(String... rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        String tag = UUID.randomUUID().toString();
        for (String row : rows) {
            csv.append("dataflow,THB:THB_STAT(1.0),I,")
                    .append(row)
                    .append(",A,F,")
                    .append(tag)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
