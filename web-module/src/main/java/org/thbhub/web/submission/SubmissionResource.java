package org.thbhub.web.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thbhub.access.Caller;
import org.thbhub.access.Role;
import org.thbhub.common.ForbiddenException;
import org.thbhub.common.NotFoundException;
import org.thbhub.common.PageRequest;
import org.thbhub.ingest.pipeline.SubmissionPipeline;
import org.thbhub.submission.Channel;
import org.thbhub.submission.IncomingFile;
import org.thbhub.submission.Receipt;
import org.thbhub.submission.ReceiptText;
import org.thbhub.submission.Submission;
import org.thbhub.submission.SubmissionId;
import org.thbhub.submission.SubmissionJson;
import org.thbhub.submission.SubmissionLedger;
import org.thbhub.submission.SubmissionQuery;
import org.thbhub.submission.SubmissionStatus;
import org.thbhub.submission.Submissions;
import org.thbhub.validation.ImportMode;
import org.thbhub.web.PageDto;
import org.thbhub.web.Params;
import org.thbhub.web.security.AccessFilter;
import org.thbhub.web.security.CurrentCaller;

/** Submissions: uploads (REST channel) and the scoped read API. */
@Path("/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.RAPPORTEUR_NAME, Role.GOVERNMENT_NAME, Role.ANALYST_NAME, Role.ADMIN_NAME})
public class SubmissionResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject Submissions submissions;
    @Inject SubmissionLedger ledger;
    @EJB SubmissionPipeline pipeline;
    @Inject JudgingGate gate;
    @Inject CurrentCaller caller;

    @Inject
    @ConfigProperty(name = "THB_MAX_UPLOAD_BYTES", defaultValue = "52428800")
    long maxUploadBytes;

    @jakarta.ws.rs.core.Context UriInfo uri;

    @POST
    @Consumes({
        "text/csv",
        "application/csv",
        "text/plain",
        "application/xml",
        "text/xml",
        XLSX,
        "application/vnd.ms-excel",
        "application/octet-stream"
    })
    @RolesAllowed({Role.RAPPORTEUR_NAME, Role.ANALYST_NAME})
    @Operation(summary = "Upload a file (SDMX-CSV, SDMX-ML, XLSX template, UNODC export)")
    public Response upload(
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("filename") String filename,
            @QueryParam("dryRun") boolean dryRun,
            @QueryParam("mode") String mode,
            @HeaderParam(AccessFilter.PAGE_MARKER) String page) {
        return judge(body, contentType, filename, dryRun, mode, channel(page));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.RAPPORTEUR_NAME, Role.ANALYST_NAME})
    @Operation(summary = "Upload a file as the multipart/form-data part 'file'")
    public Response uploadForm(
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("filename") String filename,
            @QueryParam("dryRun") boolean dryRun,
            @QueryParam("mode") String mode,
            @HeaderParam(AccessFilter.PAGE_MARKER) String page)
            throws IOException {
        // streamed: the size limit applies while the part arrives, nothing is spooled before
        MultipartUpload.Part file =
                MultipartUpload.filePart(new BufferedInputStream(body, 1 << 16), contentType);
        String name = Optional.ofNullable(filename).or(file::fileName).orElse(null);
        return judge(file.body(), file.mediaType().orElse(null), name, dryRun, mode, channel(page));
    }

    /** A file sent from the pages (which mark their requests) came in through the web channel. */
    private static Channel channel(String pageMarker) {
        return pageMarker == null || pageMarker.isBlank() ? Channel.REST : Channel.WEB;
    }

    private Response judge(
            InputStream body,
            String contentType,
            String filename,
            boolean dryRun,
            String mode,
            Channel channel) {
        Caller who = caller.get();
        ImportMode importMode =
                Params.enumValue("mode", mode, ImportMode.class).orElse(ImportMode.STRICT);
        boolean analyst = who.has(Role.ANALYST);
        if (importMode == ImportMode.LENIENT && !analyst) {
            throw new ForbiddenException("Only an analyst may ask for a lenient import.");
        }
        if (!analyst && who.country().isEmpty()) {
            throw new ForbiddenException("Your account is not bound to a country.");
        }
        try (Upload upload = Upload.spool(body, maxUploadBytes)) {
            IncomingFile incoming =
                    new IncomingFile(
                            upload.file(),
                            fileName(filename),
                            mediaType(contentType),
                            channel,
                            who.name(),
                            analyst ? Optional.empty() : who.country(),
                            analyst,
                            importMode,
                            dryRun,
                            upload.sha256(),
                            upload.size(),
                            Optional.empty());
            Receipt receipt = gate.judge(() -> pipeline.judge(incoming));
            return Response.status(statusOf(receipt))
                    .location(
                            receipt.dryRun()
                                    ? null
                                    : uri.getBaseUriBuilder()
                                            .path("submissions")
                                            .path(receipt.id().toString())
                                            .build())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(SubmissionJson.detail(receipt))
                    .build();
        }
    }

    private static int statusOf(Receipt receipt) {
        if (receipt.dryRun()) {
            return 200;
        }
        return switch (receipt.status()) {
            case ACCEPTED -> 201;
            case REJECTED -> 422;
            case DUPLICATE, RECEIVED -> 200;
        };
    }

    /** As the client sent it, within the 128 characters the record keeps. */
    private static String mediaType(String contentType) {
        return contentType == null || contentType.length() <= 128
                ? contentType
                : contentType.substring(0, 128);
    }

    /** A file name from the client, reduced to its last path segment; never a path. */
    private static String fileName(String requested) {
        if (requested == null || requested.isBlank()) {
            return "upload";
        }
        String name = requested.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "upload" : name.length() > 200 ? name.substring(0, 200) : name;
    }

    @GET
    @Operation(summary = "Pages of submission summaries the caller may see")
    public PageDto<SubmissionJson> list(
            @QueryParam("country") String country,
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        var query =
                new SubmissionQuery(
                        Params.country("country", country),
                        Params.enumValue("status", status, SubmissionStatus.class),
                        Params.date("from", from),
                        Params.date("to", to));
        return PageDto.of(
                submissions.find(caller.get(), query, PageRequest.of(page, size)),
                s -> SubmissionJson.summary(Receipt.summaryOf(s)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One submission: status, channel, counts and the full report")
    public SubmissionJson get(@PathParam("id") String id) {
        return SubmissionJson.detail(Receipt.of(find(id)));
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The original bytes of a submission")
    public Response file(@PathParam("id") String id) {
        Submission submission = find(id);
        if (submission.sha256() == null) {
            throw new NotFoundException(
                    "bytes of submission " + id + " (refused unread: none were kept)");
        }
        StreamingOutput bytes = out -> ledger.copyFile(submission, out);
        return Response.ok(bytes)
                .type(submission.mediaType().orElse(MediaType.APPLICATION_OCTET_STREAM))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + submission.fileName().replace("\"", "") + "\"")
                .build();
    }

    @GET
    @Path("/{id}/receipt.txt")
    @Produces("text/plain;charset=UTF-8")
    @Operation(summary = "The plain-text receipt, the same text as the outbox .txt receipt")
    public Response receiptText(@PathParam("id") String id) {
        Submission submission = find(id);
        return Response.ok(ReceiptText.of(Receipt.of(submission)))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\""
                                + submission.fileName().replace("\"", "")
                                + ".receipt.txt\"")
                .build();
    }

    private Submission find(String id) {
        SubmissionId submissionId =
                SubmissionId.parse(id).orElseThrow(() -> new NotFoundException("submission " + id));
        return submissions.get(caller.get(), submissionId);
    }
}
