package com.catalog.k8s;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes of infra/gateway's application.yml as {@link Route}s, in the gateway's order (first match wins): a backend placeholder such as
 * {@code ${catalog.gateway.command-side-uri}} becomes the Service the gateway Deployment points that property at.
 */
final class GatewayRoutes {

    static final Path APPLICATION_YML = RepositoryFiles.ROOT.resolve("infra/gateway/src/main/resources/application.yml");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z0-9.-]+)}");

    private GatewayRoutes() {
    }

    static List<Route> inOrder(Map<String, Object> gatewayDeployment) {
        Map<String, Object> config = RepositoryFiles.yaml(APPLICATION_YML);
        List<Route> routes = new ArrayList<>();
        for (Map<String, Object> route : Yamls.list(config, "spring", "cloud", "gateway", "server", "webmvc", "routes")) {
            String service = serviceOf(Yamls.string(route, "uri"), gatewayDeployment);
            List<String> paths = List.of();
            List<String> methods = List.of(Route.ANY_METHOD);
            for (Object predicate : (List<?>) Yamls.at(route, "predicates")) {
                String[] nameAndArgs = predicate.toString().split("=", 2);
                List<String> args = List.of(nameAndArgs[1].split(","));
                switch (nameAndArgs[0]) {
                    case "Path" -> paths = args;
                    case "Method" -> methods = args;
                    default -> throw new AssertionError("predicate the HTTPRoute cannot mirror: " + predicate);
                }
            }
            for (String path : paths) {
                for (String method : methods) {
                    routes.add(new Route(prefixOf(path), method.trim(), service));
                }
            }
        }
        return routes;
    }

    /** {@code /api/v1/**} is Gateway API's PathPrefix {@code /api/v1}; nothing else has an equivalent. */
    private static String prefixOf(String path) {
        if (!path.endsWith("/**")) {
            throw new AssertionError("gateway path without a PathPrefix equivalent: " + path);
        }
        return path.substring(0, path.length() - "/**".length());
    }

    private static String serviceOf(String uri, Map<String, Object> gatewayDeployment) {
        Matcher placeholder = PLACEHOLDER.matcher(uri);
        if (!placeholder.matches()) {
            throw new AssertionError("gateway backend not taken from configuration: " + uri);
        }
        String env = placeholder.group(1).toUpperCase().replace('.', '_').replace('-', '_');
        String value = Deployments.env(gatewayDeployment).get(env);
        if (value == null) {
            throw new AssertionError("the gateway Deployment does not set " + env);
        }
        return URI.create(value).getHost();
    }

    /** The port of a backend URI the gateway Deployment sets, by Service name. */
    static int portOf(String service, Map<String, Object> gatewayDeployment) {
        return Deployments.env(gatewayDeployment).values().stream()
                .map(URI::create)
                .filter(uri -> service.equals(uri.getHost()))
                .mapToInt(URI::getPort)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no backend URI for " + service));
    }
}
