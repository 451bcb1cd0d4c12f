package com.catalog.query.health;

import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpointWebExtension;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's health API, answered by Actuator's health endpoint and its groups
 * ({@code management.endpoint.health.group.*}); UP is 200, DOWN and OUT_OF_SERVICE are 503, both with a body.
 * The public views show the status only, whoever asks; {@code /detailed} and {@code /dependencies} are for admins
 * (see {@link HealthSecurityConfiguration}) and show every component with its details.
 */
@RestController
@RequestMapping("/api/v1/health")
class HealthController {

    private final HealthEndpointWebExtension health;

    HealthController(HealthEndpointWebExtension health) {
        this.health = health;
    }

    @GetMapping
    ResponseEntity<HealthComponent> basic() {
        return publicView();
    }

    @GetMapping("/detailed")
    ResponseEntity<HealthComponent> detailed(Authentication admin) {
        return adminView(admin);
    }

    @GetMapping("/database")
    ResponseEntity<HealthComponent> database() {
        return publicView("database");
    }

    @GetMapping("/cache")
    ResponseEntity<HealthComponent> cache() {
        return publicView("cache");
    }

    @GetMapping("/metrics")
    ResponseEntity<HealthComponent> metrics() {
        return publicView("metrics");
    }

    @GetMapping("/readiness")
    ResponseEntity<HealthComponent> readiness() {
        return publicView("readiness");
    }

    @GetMapping("/liveness")
    ResponseEntity<HealthComponent> liveness() {
        return publicView("liveness");
    }

    @GetMapping("/dependencies")
    ResponseEntity<HealthComponent> dependencies(Authentication admin) {
        return adminView(admin, "dependencies");
    }

    /** The status alone: no component, detail or group name, whatever the caller's token. */
    private ResponseEntity<HealthComponent> publicView(String... group) {
        WebEndpointResponse<HealthComponent> response =
                health.health(ApiVersion.V3, WebServerNamespace.SERVER, SecurityContext.NONE, group);
        return ResponseEntity.status(response.getStatus()).body(Health.status(response.getBody().getStatus()).build());
    }

    private ResponseEntity<HealthComponent> adminView(Authentication admin, String... group) {
        return answer(health.health(ApiVersion.V3, WebServerNamespace.SERVER, new AuthenticatedCaller(admin), group));
    }

    private static ResponseEntity<HealthComponent> answer(WebEndpointResponse<HealthComponent> response) {
        return ResponseEntity.status(response.getStatus()).body(response.getBody());
    }
}
