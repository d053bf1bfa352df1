package org.thbhub.ingest.route;

import java.util.Objects;
import org.apache.camel.builder.RouteBuilder;
import org.thbhub.ingest.pipeline.SubmissionPipeline;
import org.thbhub.submission.IncomingFile;

/**
 * The single pipeline endpoint every channel ends in: an {@link IncomingFile} in, its receipt out.
 * The pipeline EJB owns the transaction; the route only carries the file to it.
 */
public class SubmissionRoute extends RouteBuilder {

    public static final String ENDPOINT = "direct:submission";

    private final SubmissionPipeline pipeline;

    public SubmissionRoute(SubmissionPipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    @Override
    public void configure() {
        from(ENDPOINT)
                .routeId("submission-pipeline")
                .process(
                        e ->
                                e.getMessage()
                                        .setBody(
                                                pipeline.judge(
                                                        e.getIn().getBody(IncomingFile.class))));
    }
}
