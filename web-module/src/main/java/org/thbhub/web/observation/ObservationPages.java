package org.thbhub.web.observation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.OptionalLong;
import org.thbhub.access.Caller;
import org.thbhub.access.Scope;
import org.thbhub.common.Page;
import org.thbhub.common.PageRequest;
import org.thbhub.observation.ObservationFilter;
import org.thbhub.observation.ObservationView;
import org.thbhub.observation.Observations;
import org.thbhub.web.PageDto;

/**
 * Pages of {@code GET /observations} as JSON bytes, kept by (scoped query, page, size) and the
 * version of the data they were read from (issue 15, docs/adr/0017). A request reads one number
 * (the data version of the countries its query covers) and, while it is unchanged, gets the bytes
 * an earlier request wrote: no page query, no count, no JSON. The scope is part of the key (a
 * government reader's query names their own country), so one country's page is never another's.
 */
@ApplicationScoped
public class ObservationPages {

    /** About 600 pages of 100 values; pages of one query share the budget with all others. */
    static final long MAX_BYTES = 16L << 20;

    /**
     * Whose query and what it asks, not the SQL it becomes: equal keys read the same rows (the
     * query depends on the caller only through the scope), and a request whose page is kept builds
     * no query at all.
     */
    private record Key(Scope scope, ObservationFilter filter, int page, int size) {}

    @Inject Observations observations;

    private final AnswerCache<Key> cache = new AnswerCache<>(MAX_BYTES);

    /** The page as the API answers it, byte for byte what {@link ObservationPageWriter} writes. */
    // public: a Weld client proxy reaches a package-private method only by reflection (issue 15)
    public byte[] json(Caller caller, ObservationFilter filter, PageRequest page) {
        OptionalLong version = observations.version(caller, filter); // before the rows
        if (version.isEmpty()) {
            return bytes(new Page<>(List.of(), page.page(), page.size(), 0));
        }
        return cache.get(
                new Key(caller.scope(), filter, page.page(), page.size()),
                version.getAsLong(),
                () -> bytes(observations.find(caller, filter, page)));
    }

    static byte[] bytes(Page<ObservationView> page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + page.items().size() * 300);
        ObservationPageWriter.write(PageDto.of(page, v -> v), out);
        return out.toByteArray();
    }
}
