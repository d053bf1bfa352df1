package org.thbhub.web.submission;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how many uploads are judged (read, validated, stored) at once, so that on deadline day,
 * when every State uploads at the same moment, judging cannot take every CPU and every worker from
 * the reads. Uploads beyond the bound wait their turn, in arrival order, and are then judged as
 * usual: none fails for waiting, each still answers its own verdict. Other channels (SFTP, the drop
 * folder) run on their own single poller threads and are not gated here.
 *
 * <p>{@code THB_JUDGING_CONCURRENCY}: at most that many judgings at once; unset or 0 means half the
 * processors, at least one.
 */
@ApplicationScoped
public class JudgingGate {

    @Inject
    @ConfigProperty(name = "THB_JUDGING_CONCURRENCY", defaultValue = "0")
    int configured;

    private Semaphore permits;

    /** For CDI. */
    JudgingGate() {}

    JudgingGate(int concurrency) {
        configured = concurrency;
        init();
    }

    @PostConstruct
    void init() {
        permits = new Semaphore(concurrency(configured), true);
    }

    /** Runs the judging when a permit is free, waiting for one as long as it takes. */
    public <T> T judge(Supplier<T> judging) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to judge an upload", e);
        }
        try {
            return judging.get();
        } finally {
            permits.release();
        }
    }

    static int concurrency(int configured) {
        return configured > 0
                ? configured
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
