package com.catalog.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Gateway API HTTPRoute routes exactly as infra/gateway does (its application.yml), to Services that exist, on
 * the ports the gateway Deployment points at.
 */
class HttpRouteMirrorsGatewayTest {

    private static Manifests manifests;

    @BeforeAll
    static void parse() {
        manifests = Manifests.base();
    }

    @Test
    void httpRouteBackendsAreDefinedServicesOnTheirPorts() {
        for (Map<String, Object> rule : Yamls.list(manifests.named("HTTPRoute", "catalog-api"), "spec", "rules")) {
            for (Map<String, Object> backend : Yamls.list(rule, "backendRefs")) {
                Map<String, Object> service = manifests.named("Service", backend.get("name").toString());
                assertThat(backend.get("port")).isEqualTo(Yamls.list(service, "spec", "ports").get(0).get("port"));
            }
        }
        assertThat(Yamls.list(manifests.named("HTTPRoute", "catalog-api"), "spec", "parentRefs"))
                .extracting(ref -> ref.get("name")).containsExactlyElementsOf(manifests.names("Gateway"));
    }

    @Test
    void theHttpRouteRoutesExactlyAsTheGatewayDoes() {
        Map<String, Object> gatewayDeployment = manifests.named("Deployment", "gateway");
        List<Route> gatewayRoutes = GatewayRoutes.inOrder(gatewayDeployment);

        assertThat(HttpRouteRoutes.of(manifests.named("HTTPRoute", "catalog-api")))
                .containsExactlyInAnyOrderElementsOf(new HashSet<>(gatewayRoutes));
        assertNoRouteShadowsAMoreSpecificOne(gatewayRoutes);
        for (Route route : gatewayRoutes) {
            Map<String, Object> service = manifests.named("Service", route.service());
            assertThat(GatewayRoutes.portOf(route.service(), gatewayDeployment))
                    .isEqualTo(Yamls.list(service, "spec", "ports").get(0).get("port"));
        }
    }

    /**
     * The gateway takes the first matching route, Gateway API the longest matching prefix: the two agree only if no
     * route comes after a shorter prefix that already catches its requests.
     */
    private static void assertNoRouteShadowsAMoreSpecificOne(List<Route> routes) {
        for (int later = 0; later < routes.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                Route first = routes.get(earlier);
                Route second = routes.get(later);
                boolean methodsOverlap = first.method().equals(second.method())
                        || first.method().equals(Route.ANY_METHOD) || second.method().equals(Route.ANY_METHOD);
                boolean firstIsShorterPrefix = second.pathPrefix().startsWith(first.pathPrefix() + "/")
                        && !second.pathPrefix().equals(first.pathPrefix());
                assertThat(methodsOverlap && firstIsShorterPrefix)
                        .as("%s comes after %s, which shadows it", second, first).isFalse();
            }
        }
    }}
