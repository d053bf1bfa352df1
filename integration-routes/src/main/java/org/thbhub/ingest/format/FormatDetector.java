package org.thbhub.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tells the format from the first bytes: zip magic, XML, the UNODC preamble, else SDMX-CSV (whose
 * reader then judges the header).
 */
public final class FormatDetector {

    static final String UNODC_HEADER_START = "Iso3_code,";
    private static final int PEEK = 8192;

    private FormatDetector() {}

    public static InputFormat detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in.readNBytes(PEEK));
        }
    }

    public static InputFormat detect(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return InputFormat.XLSX;
        }
        int start = 0;
        if (head.length >= 3
                && (head[0] & 0xff) == 0xEF
                && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF) {
            start = 3;
        }
        while (start < head.length && Character.isWhitespace(head[start])) {
            start++;
        }
        if (start < head.length && head[start] == '<') {
            return InputFormat.SDMX_ML;
        }
        String text =
                new String(Arrays.copyOfRange(head, start, head.length), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", 5);
        for (int i = 0; i < Math.min(3, lines.length); i++) {
            if (lines[i].startsWith(UNODC_HEADER_START)) {
                return InputFormat.UNODC_CSV;
            }
        }
        return InputFormat.SDMX_CSV;
    }
}
