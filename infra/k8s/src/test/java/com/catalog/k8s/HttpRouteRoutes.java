package com.catalog.k8s;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of a Gateway API HTTPRoute as {@link Route}s. */
final class HttpRouteRoutes {

    private HttpRouteRoutes() {
    }

    static Set<Route> of(Map<String, Object> httpRoute) {
        Set<Route> routes = new HashSet<>();
        for (Map<String, Object> rule : Yamls.list(httpRoute, "spec", "rules")) {
            List<Map<String, Object>> backends = Yamls.list(rule, "backendRefs");
            if (backends.size() != 1) {
                throw new AssertionError("a rule with other than one backend has no gateway equivalent: " + rule);
            }
            String service = Yamls.string(backends.get(0), "name");
            for (Map<String, Object> match : Yamls.list(rule, "matches")) {
                if (!"PathPrefix".equals(Yamls.string(match, "path", "type"))) {
                    throw new AssertionError("only PathPrefix matches mirror the gateway's Path=…/** : " + match);
                }
                String method = match.containsKey("method") ? match.get("method").toString() : Route.ANY_METHOD;
                routes.add(new Route(Yamls.string(match, "path", "value"), method, service));
            }
        }
        return routes;
    }
}
