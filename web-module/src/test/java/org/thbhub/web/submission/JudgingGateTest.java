package org.thbhub.web.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JudgingGateTest {

    /** 57 States at once through a gate of 2: each gets its own verdict, never more than 2 run. */
    @Test
    void everyUploadFinishesWithItsOwnVerdictAndAtMostTheBoundRunAtOnce() throws Exception {
        JudgingGate gate = new JudgingGate(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch allSubmitted = new CountDownLatch(57);
        ExecutorService uploads = Executors.newFixedThreadPool(57);
        try {
            List<Future<String>> verdicts = new ArrayList<>();
            for (int i = 0; i < 57; i++) {
                String state = "S" + i;
                verdicts.add(
                        uploads.submit(
                                () -> {
                                    allSubmitted.countDown();
                                    allSubmitted.await();
                                    return gate.judge(
                                            () -> {
                                                int now = running.incrementAndGet();
                                                mostAtOnce.accumulateAndGet(now, Math::max);
                                                Thread.yield();
                                                running.decrementAndGet();
                                                return "ACCEPTED " + state;
                                            });
                                }));
            }
            for (int i = 0; i < 57; i++) {
                assertThat(verdicts.get(i).get(60, TimeUnit.SECONDS)).isEqualTo("ACCEPTED S" + i);
            }
            assertThat(mostAtOnce.get()).isBetween(1, 2);
        } finally {
            uploads.shutdownNow();
        }
    }

    @Test
    void aJudgingThatFailsGivesItsTurnBack() {
        JudgingGate gate = new JudgingGate(1);

        assertThatThrownBy(
                        () ->
                                gate.judge(
                                        () -> {
                                            throw new IllegalStateException("unreadable");
                                        }))
                .hasMessage("unreadable");
        assertThat(gate.judge(() -> "REJECTED")).isEqualTo("REJECTED");
    }

    @Test
    void theDefaultIsHalfTheProcessorsAndAtLeastOne() {
        int cores = Runtime.getRuntime().availableProcessors();

        assertThat(JudgingGate.concurrency(0)).isEqualTo(Math.max(1, cores / 2));
        assertThat(JudgingGate.concurrency(3)).isEqualTo(3);
    }
}
