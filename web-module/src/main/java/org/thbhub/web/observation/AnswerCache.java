package org.thbhub.web.observation;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Response bodies kept by key and data version (issue 15, docs/adr/0017): an entry is served only
 * to a request that has just read the same version of the data it was computed from, so a commit
 * anywhere (another node too) that moves the version makes the next request compute afresh; nothing
 * expires by time and nothing has to be invalidated. The caller reads the version before the data
 * it computes from, so an entry is never older than its version.
 *
 * <p>Bounded by the bytes it holds: past the bound, entries are dropped (in no particular order)
 * until it holds half of it, so a flood of distinct queries costs memory up to the bound and then
 * only recomputation. Two requests missing the same key at once both compute it; the entry of the
 * higher version stays.
 */
final class AnswerCache<K> {

    private final long maxBytes;
    private final Map<K, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    private record Entry(long version, byte[] body) {}

    AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body stored for {@code key} at {@code version}, or the one {@code compute} makes. */
    byte[] get(K key, long version, Supplier<byte[]> compute) {
        Objects.requireNonNull(key, "key");
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == version) {
            return entry.body();
        }
        byte[] body = compute.get();
        if (body.length <= maxBytes / 16) { // one huge answer must not push out everything else
            put(key, new Entry(version, body));
        }
        return body;
    }

    private void put(K key, Entry fresh) {
        Entry[] replaced = new Entry[1];
        Entry kept =
                entries.merge(
                        key,
                        fresh,
                        (old, young) -> {
                            if (young.version() < old.version()) {
                                return old; // a slower request computed from older data
                            }
                            replaced[0] = old;
                            return young;
                        });
        if (kept == fresh) {
            long held =
                    bytes.addAndGet(
                            fresh.body().length
                                    - (replaced[0] == null ? 0 : replaced[0].body().length));
            if (held > maxBytes) {
                shrink();
            }
        }
    }

    private void shrink() {
        Iterator<Map.Entry<K, Entry>> it = entries.entrySet().iterator();
        while (bytes.get() > maxBytes / 2 && it.hasNext()) {
            Map.Entry<K, Entry> e = it.next();
            if (entries.remove(e.getKey(), e.getValue())) {
                bytes.addAndGet(-e.getValue().body().length);
            }
        }
    }

    /** Bytes held, for the tests. */
    long bytes() {
        return bytes.get();
    }

    int size() {
        return entries.size();
    }
}
