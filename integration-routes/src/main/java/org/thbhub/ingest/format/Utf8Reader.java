package org.thbhub.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;

/**
 * Decodes UTF-8 and says on which physical line a byte sequence was not UTF-8 (a Latin-1 file,
 * say), instead of failing the whole file or silently guessing. A leading BOM is dropped. The bad
 * bytes become U+FFFD so that reading goes on and every bad line is reported.
 */
final class Utf8Reader extends Reader {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final IntConsumer badLine;
    private final CharsetDecoder decoder =
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private boolean eof;
    private boolean flushed;
    private boolean started;
    private int line = 1;
    private int lastBadLine;

    /**
     * @param badLine told the physical line (from 1) of each line with invalid UTF-8, once a line
     */
    Utf8Reader(InputStream in, IntConsumer badLine) {
        this.in = in;
        this.badLine = badLine;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining()) {
            fill();
            if (!chars.hasRemaining()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !flushed) {
            if (!eof) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            int before = chars.position();
            CoderResult r = decoder.decode(bytes, chars, eof);
            countLines(before, chars.position());
            if (r.isError()) {
                if (line != lastBadLine) {
                    lastBadLine = line;
                    badLine.accept(line);
                }
                bytes.position(bytes.position() + r.length());
                if (chars.hasRemaining()) {
                    chars.put('\uFFFD');
                }
            } else if (r.isOverflow()) {
                break;
            } else if (eof) {
                decoder.flush(chars);
                flushed = true;
            }
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
    }

    private void countLines(int from, int to) {
        char[] a = chars.array();
        for (int i = from; i < to; i++) {
            if (a[i] == '\n') {
                line++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
