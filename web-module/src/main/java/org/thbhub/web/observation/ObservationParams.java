package org.thbhub.web.observation;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.thbhub.observation.ObservationFilter;

/** The filters of GET /observations, shared by its JSON and CSV answers. */
public class ObservationParams {

    @QueryParam("country")
    List<String> country;

    @QueryParam("indicator")
    List<String> indicator;

    @QueryParam("sex")
    List<String> sex;

    @QueryParam("age")
    List<String> age;

    @QueryParam("citizen")
    List<String> citizen;

    @QueryParam("expl")
    List<String> expl;

    @QueryParam("recruit")
    List<String> recruit;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("asOf")
    String asOf;

    ObservationFilter filter() {
        return ObservationResource.filter(
                country, indicator, sex, age, citizen, expl, recruit, from, to, asOf);
    }
}
