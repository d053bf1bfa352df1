package org.thbhub.web.observation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.thbhub.common.PageRequest;
import org.thbhub.observation.ObservationFilter;
import org.thbhub.web.Params;

/**
 * The query of GET /observations, shared by its JSON and CSV answers, read from the parameters the
 * servlet container has already parsed and decoded.
 *
 * <p>Not a {@code @BeanParam} of {@code @QueryParam} fields (issue 15): RESTEasy built a {@code
 * java.net.URI} of the request, split and decoded its query again and made a list by reflection for
 * each of the twelve parameters, a tenth of a kept page's cost. The operation's OpenAPI parameters
 * are declared on the resource method instead.
 */
final class ObservationParams {

    private ObservationParams() {}

    static ObservationFilter filter(HttpServletRequest request) {
        return ObservationResource.filter(
                values(request, "country"),
                values(request, "indicator"),
                values(request, "sex"),
                values(request, "age"),
                values(request, "citizen"),
                values(request, "expl"),
                values(request, "recruit"),
                request.getParameter("from"),
                request.getParameter("to"),
                request.getParameter("asOf"));
    }

    static PageRequest page(HttpServletRequest request) {
        return PageRequest.of(
                Params.integer("page", request.getParameter("page")).orElse(null),
                Params.integer("size", request.getParameter("size")).orElse(null));
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }
}
