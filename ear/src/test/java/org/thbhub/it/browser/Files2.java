package org.thbhub.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Files a user picks in the browser: SDMX-CSV written to a temporary folder, made unique. */
final class Files2 {

    static final String HEADER =
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,SEX,AGE,CITIZEN,EXPL,RECRUIT,"
                    + "TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,COMMENT\n";

    private Files2() {}

    /**
     * A THB_STAT file named name, one row per "AUT,VICT,_T,_T,_T,_T,_T,2019,58[,obs,conf]" (status
     * A and conf F unless given), each row carrying tag as its comment so that the bytes are new.
     */
    static Path statCsv(String name, String tag, String... rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String row : rows) {
            long fields = row.chars().filter(c -> c == ',').count() + 1;
            csv.append("dataflow,THB:THB_STAT(1.0),I,")
                    .append(row)
                    .append(fields >= 10 ? "," : ",A,F,")
                    .append(tag)
                    .append('\n');
        }
        try {
            Path dir = Files.createTempDirectory("thb-upload");
            Path file = dir.resolve(name);
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
