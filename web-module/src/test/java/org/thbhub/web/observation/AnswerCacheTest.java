package org.thbhub.web.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private Supplier<byte[]> body(String text) {
        return () -> {
            computed.incrementAndGet();
            return text.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void anAnswerIsServedAgainWhileItsVersionIsUnchanged() {
        AnswerCache<String> cache = new AnswerCache<>(1 << 20);

        assertThat(text(cache.get("AUT page 0", 7, body("first")))).isEqualTo("first");
        assertThat(text(cache.get("AUT page 0", 7, body("second")))).isEqualTo("first");
        assertThat(computed).hasValue(1);
    }

    @Test
    void aNewVersionIsComputedAfresh() {
        AnswerCache<String> cache = new AnswerCache<>(1 << 20);
        cache.get("AUT page 0", 7, body("before the commit"));

        assertThat(text(cache.get("AUT page 0", 8, body("after the commit"))))
                .isEqualTo("after the commit");
        assertThat(text(cache.get("AUT page 0", 8, body("again")))).isEqualTo("after the commit");
        assertThat(computed).hasValue(2);
    }

    @Test
    void keysAreKeptApart() {
        AnswerCache<String> cache = new AnswerCache<>(1 << 20);
        cache.get("AUT page 0", 7, body("Austria"));

        assertThat(text(cache.get("DEU page 0", 7, body("Germany")))).isEqualTo("Germany");
        assertThat(text(cache.get("AUT page 0", 7, body("not computed")))).isEqualTo("Austria");
        assertThat(text(cache.get("DEU page 0", 7, body("not computed")))).isEqualTo("Germany");
    }

    @Test
    void anOlderVersionComputedLateDoesNotReplaceANewerOne() {
        AnswerCache<String> cache = new AnswerCache<>(1 << 20);
        cache.get("AUT page 0", 8, body("new"));
        // a slow request that read version 7 before the commit finishes after a fast one
        assertThat(text(cache.get("AUT page 0", 7, body("old")))).isEqualTo("old");

        assertThat(text(cache.get("AUT page 0", 8, body("not computed")))).isEqualTo("new");
    }

    @Test
    void theBytesHeldStayWithinTheBound() {
        AnswerCache<Integer> cache = new AnswerCache<>(16_000);
        for (int i = 0; i < 1_000; i++) {
            cache.get(i, 1, () -> new byte[500]);
            assertThat(cache.bytes()).isLessThanOrEqualTo(16_000);
        }
        assertThat(cache.size()).isPositive();
        // an answer of more than a sixteenth of the bound is answered, not kept
        assertThat(cache.get(-1, 1, () -> new byte[2_000])).hasSize(2_000);
        assertThat(cache.get(-1, 1, body("computed again"))).hasSize(14);
    }
}
