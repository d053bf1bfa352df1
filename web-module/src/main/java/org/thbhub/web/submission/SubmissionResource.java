package org.thbhub.web.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thbhub.access.Role;
import org.thbhub.common.NotFoundException;
import org.thbhub.common.PageRequest;
import org.thbhub.submission.SubmissionId;
import org.thbhub.submission.SubmissionQuery;
import org.thbhub.submission.SubmissionStatus;
import org.thbhub.submission.Submissions;
import org.thbhub.web.PageDto;
import org.thbhub.web.Params;
import org.thbhub.web.security.CurrentCaller;

/** Submissions, scoped: a country-bound caller sees its own country's only. */
@Path("/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.RAPPORTEUR_NAME, Role.GOVERNMENT_NAME, Role.ANALYST_NAME, Role.ADMIN_NAME})
public class SubmissionResource {

    @Inject Submissions submissions;
    @Inject CurrentCaller caller;

    @GET
    @Operation(summary = "Pages of submission summaries the caller may see")
    public PageDto<SubmissionDto> list(
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
                SubmissionDto::summary);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One submission: status, counts and the full report")
    public SubmissionDto get(@PathParam("id") String id) {
        var submissionId =
                SubmissionId.parse(id).orElseThrow(() -> new NotFoundException("submission " + id));
        return SubmissionDto.detail(submissions.get(caller.get(), submissionId));
    }
}
