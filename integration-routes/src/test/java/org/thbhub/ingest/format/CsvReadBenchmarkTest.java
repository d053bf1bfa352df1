package org.thbhub.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Commons CSV against the project's tokenizer on 1,000,000 SDMX-CSV rows held in memory (no disk,
 * no validation): the question of issue 8 item 9 and docs/adr/0010. Both produce every field and
 * the line each record starts on. Rounds are interleaved so that a busy machine slows both alike.
 */
@Tag("benchmark")
class CsvReadBenchmarkTest {

    private static final int ROWS = 1_000_000;
    private static final int ROUNDS = 7;

    @Test
    void commonsCsvAgainstTheTokenizer() throws IOException {
        String csv = sample();
        List<Double> ratios = new ArrayList<>();
        long bestTokenizer = Long.MAX_VALUE;
        long bestCommons = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            long a = tokenizer(new StringReader(csv));
            long t1 = System.nanoTime();
            long b = commons(new StringReader(csv));
            long t2 = System.nanoTime();
            assertThat(b).isEqualTo(a);
            if (round > 0) { // the first round warms both up
                bestTokenizer = Math.min(bestTokenizer, t1 - t0);
                bestCommons = Math.min(bestCommons, t2 - t1);
                ratios.add((double) (t2 - t1) / (t1 - t0));
            }
        }
        ratios.sort(null);
        String result =
                "rows=%d size=%.1fMB tokenizer=%dms commonsCsv=%dms (best of %d)"
                                .formatted(
                                        ROWS,
                                        csv.length() / 1e6,
                                        bestTokenizer / 1_000_000,
                                        bestCommons / 1_000_000,
                                        ROUNDS - 1)
                        + " medianRatio(commons/tokenizer)=%.2f ratios=%s"
                                .formatted(ratios.get(ratios.size() / 2), ratios);
        Files.writeString(Path.of("target", "csv-read-benchmark.txt"), result + "\n");
        System.out.println(result);
    }

    /** Sum of field lengths and record lines: both readers must see the same. */
    private static long tokenizer(Reader in) throws IOException {
        CsvTokenizer csv = new CsvTokenizer(in, ',');
        long sum = 0;
        while (csv.next()) {
            for (String f : csv.fields()) {
                sum += f.length();
            }
            sum += csv.recordLine();
        }
        return sum;
    }

    private static long commons(Reader in) throws IOException {
        long sum = 0;
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(in)) {
            long line = 1;
            for (CSVRecord record : parser) {
                for (String f : record) {
                    sum += f.length();
                }
                sum += line;
                line = parser.getCurrentLineNumber() + 1;
            }
        }
        return sum;
    }

    private static String sample() {
        StringBuilder b =
                new StringBuilder(
                        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,SEX,AGE,CITIZEN,EXPL,RECRUIT,"
                                + "TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,COMMENT\n");
        String[] sex = {"F", "M", "OTH", "UNK", "_T"};
        for (int i = 0; i < ROWS; i++) {
            b.append("dataflow,THB:THB_STAT(1.0),I,AUT,VICT,")
                    .append(sex[i % 5])
                    .append(",_T,_T,_T,_T,")
                    .append(1980 + i % 40)
                    .append(',')
                    .append(i % 1000)
                    .append(",A,F,")
                    .append(i % 10 == 0 ? "\"a comment, quoted\"" : "")
                    .append('\n');
        }
        return b.toString();
    }
}
