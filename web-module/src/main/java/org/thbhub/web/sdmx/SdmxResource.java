package org.thbhub.web.sdmx;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thbhub.reference.CountryCode;
import org.thbhub.reference.ReferenceData;
import org.thbhub.release.PublicData;
import org.thbhub.report.Disclosure;

/**
 * SDMX 2.1 RESTful web services, read-only and anonymous (design.md section 12): structures of
 * agency THB and the published data, each value as of its release, suppressed values never as
 * numbers.
 */
@Path("/")
@PermitAll
public class SdmxResource {

    private static final CacheControl REVALIDATE = CacheControl.valueOf("public, no-cache");

    @Context Application application;
    @Context Request request;
    @Context UriInfo uri;

    @EJB PublicData publicData;
    @EJB ReferenceData reference;

    @GET
    @Path("{type: dataflow|datastructure|codelist|conceptscheme}{rest: (/.*)?}")
    @Operation(hidden = true)
    public Response structure(
            @PathParam("type") String type,
            @PathParam("rest") String rest,
            @QueryParam("references") String references,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        onlyHere();
        String[] parts = parts(rest, 3);
        Formats.checkStructureAccept(accept);
        SdmxStructures structures =
                new SdmxStructures(reference.countries(), reference.codeLists());
        SdmxStructures.Selection selection =
                structures.select(type, parts[0], parts[1], parts[2], references);
        if (selection.isEmpty()) {
            throw SdmxException.noResults("no " + type + " matches " + uri.getPath());
        }
        Instant now = Instant.now();
        Validity validity = validity(now, Formats.STRUCTURE);
        Response.ResponseBuilder unchanged = validity.unchanged(request);
        if (unchanged != null) {
            return unchanged.build();
        }
        StreamingOutput body = out -> structures.write(out, selection, now);
        return validity.headers(Response.ok(body, Formats.STRUCTURE)).build();
    }

    @GET
    @Path("data/{flowRef}{rest: (/.*)?}")
    @Operation(hidden = true)
    public Response data(
            @PathParam("flowRef") String flowRef,
            @PathParam("rest") String rest,
            @QueryParam("startPeriod") String startPeriod,
            @QueryParam("endPeriod") String endPeriod,
            @QueryParam("dimensionAtObservation") String dimensionAtObservation,
            @QueryParam("detail") String detail,
            @QueryParam("updatedAfter") String updatedAfter,
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        onlyHere();
        String[] parts = parts(rest, 2);
        DataRequest query =
                DataRequest.parse(
                        flowRef,
                        parts[0],
                        parts[1],
                        startPeriod,
                        endPeriod,
                        dimensionAtObservation,
                        detail,
                        updatedAfter);
        Formats chosen = Formats.choose(format, accept);
        Instant now = Instant.now();
        PublicData.Filter everything = filter(query, query.key());
        boolean any =
                query.flow() == SdmxFlow.THB_STAT
                        ? publicData.anyStat(everything, now)
                        : publicData.anyPolicy(everything, now);
        if (!any) {
            throw SdmxException.noResults("no published values match " + uri.getPath());
        }
        Validity validity = validity(now, chosen.mediaType());
        Response.ResponseBuilder unchanged = validity.unchanged(request);
        if (unchanged != null) {
            return unchanged.build();
        }
        Optional<SdmxStructures> labels =
                chosen == Formats.JSONDATA
                        ? Optional.of(
                                new SdmxStructures(reference.countries(), reference.codeLists()))
                        : Optional.empty();
        StreamingOutput body = out -> write(out, query, chosen, labels, now);
        return validity.headers(Response.ok(body, chosen.mediaType())).build();
    }

    /** The SDMX resources answer under /sdmx/rest only, never under the API v1 that scans them. */
    private void onlyHere() {
        if (!(application instanceof SdmxApi)) {
            throw new NotFoundException();
        }
    }

    private static String[] parts(String rest, int count) {
        String[] parts = new String[count];
        if (rest != null) {
            String[] given =
                    Arrays.stream(rest.split("/")).filter(p -> !p.isEmpty()).toArray(String[]::new);
            if (given.length > count) {
                throw SdmxException.syntax("too many path segments: " + rest);
            }
            System.arraycopy(given, 0, parts, 0, given.length);
        }
        return parts;
    }

    private void write(
            OutputStream out,
            DataRequest query,
            Formats format,
            Optional<SdmxStructures> structures,
            Instant now)
            throws IOException {
        DataMessage message =
                switch (format) {
                    case STRUCTURESPECIFICDATA -> new StructureSpecificMessage(out, query, now);
                    case GENERICDATA -> new GenericMessage(out, query, now);
                    case CSV -> new CsvMessage(out, query);
                    case JSONDATA ->
                            new JsonMessage(
                                    out, query, structures.orElseThrow().labels(query.flow()), now);
                };
        SeriesAssembler assembler = new SeriesAssembler(query, message);
        Rows rows = new Rows(query, assembler);
        try {
            if (query.flow() == SdmxFlow.THB_STAT) {
                // the disclosure control needs whole tables: only country, indicator and year are
                // filtered in the database, the other dimensions after protection
                List<Set<String>> tables = new ArrayList<>(query.key());
                for (int i = 2; i < tables.size(); i++) {
                    tables.set(i, Set.of());
                }
                publicData.forEachStat(filter(query, tables), now, rows::stat);
            } else {
                publicData.forEachPolicy(filter(query, query.key()), now, rows::policy);
            }
            rows.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assembler.finish();
    }

    private static PublicData.Filter filter(DataRequest query, List<Set<String>> codes) {
        return new PublicData.Filter(
                codes, query.startYear(), query.endYear(), query.updatedAfter());
    }

    /**
     * Rows from the database, grouped into the tables that disclosure control protects (a State's
     * indicator over the years asked for), sorted into series order and handed on.
     */
    private static final class Rows {
        private final DataRequest query;
        private final SeriesAssembler assembler;
        private final boolean global;
        private final List<DataMessage.Row> pending = new ArrayList<>();
        private final List<PublicData.StatValue> table = new ArrayList<>();
        private String tableKey;

        Rows(DataRequest query, SeriesAssembler assembler) {
            this.query = query;
            this.assembler = assembler;
            this.global = assembler.needsGlobalSort();
        }

        void stat(PublicData.StatValue v) {
            String key = v.refArea() + "." + v.indicator();
            if (tableKey != null && !tableKey.equals(key)) {
                protectTable();
            }
            tableKey = key;
            table.add(v);
        }

        private void protectTable() {
            List<Disclosure.Value> values = new ArrayList<>(table.size());
            for (PublicData.StatValue v : table) {
                values.add(
                        new Disclosure.Value(
                                CountryCode.of(v.refArea()),
                                v.indicator(),
                                v.sex(),
                                v.age(),
                                v.citizen(),
                                v.expl(),
                                v.recruit(),
                                v.year(),
                                v.value(),
                                v.confStatus(),
                                v.obsStatus()));
            }
            BitSet hidden = Disclosure.hidden(values);
            for (int i = 0; i < table.size(); i++) {
                PublicData.StatValue v = table.get(i);
                List<String> key =
                        List.of(
                                v.refArea(),
                                v.indicator(),
                                v.sex(),
                                v.age(),
                                v.citizen(),
                                v.expl(),
                                v.recruit(),
                                Integer.toString(v.year()));
                if (!query.matches(key)) {
                    continue;
                }
                String conf = v.confStatus();
                String value = null;
                if (hidden.get(i)) {
                    conf = "C";
                } else if ("F".equals(conf) && v.value() != null) {
                    value = Long.toString(v.value());
                }
                pending.add(
                        new DataMessage.Row(
                                key, value, Arrays.asList(v.obsStatus(), conf, v.comment())));
            }
            table.clear();
            if (!global) {
                drain();
            }
        }

        void policy(PublicData.PolicyValue v) {
            pending.add(
                    new DataMessage.Row(
                            List.of(v.refArea(), v.policyItem(), Integer.toString(v.year())),
                            v.status(),
                            Arrays.asList(v.legalRef(), v.sourceUrl(), v.comment())));
        }

        void finish() {
            if (!table.isEmpty()) {
                protectTable();
            }
            drain();
        }

        private void drain() {
            pending.sort(assembler.order());
            try {
                for (DataMessage.Row row : pending) {
                    assembler.write(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pending.clear();
        }
    }

    /** What makes an answer current: the latest release that has come, and how many have. */
    private record Validity(Optional<Instant> latest, EntityTag tag) {

        Response.ResponseBuilder unchanged(Request request) {
            return latest.isPresent()
                    ? request.evaluatePreconditions(java.util.Date.from(latest.get()), tag)
                    : request.evaluatePreconditions(tag);
        }

        Response.ResponseBuilder headers(Response.ResponseBuilder answer) {
            answer.tag(tag).cacheControl(REVALIDATE).header(HttpHeaders.VARY, "Accept");
            latest.ifPresent(t -> answer.lastModified(java.util.Date.from(t)));
            return answer;
        }
    }

    private Validity validity(Instant now, String mediaType) {
        Optional<Instant> latest =
                publicData.latestRelease(now).map(t -> t.truncatedTo(ChronoUnit.SECONDS));
        long released = publicData.releasedCount(now);
        String basis =
                uri.getRequestUri() + "|" + mediaType + "|" + latest.orElse(null) + "|" + released;
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(basis.getBytes(StandardCharsets.UTF_8));
            return new Validity(latest, new EntityTag(HexFormat.of().formatHex(hash, 0, 16), true));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
