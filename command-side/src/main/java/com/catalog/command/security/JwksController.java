package com.catalog.command.security;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public keys that verify this app's access tokens, for the query side and any other resource server. */
@RestController
class JwksController {

    /** Short, so a rotation's new key is picked up quickly; verifiers refetch on an unknown kid anyway. */
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final SigningKeys keys;

    JwksController(SigningKeys keys) {
        this.keys = keys;
    }

    @Operation(summary = "JSON Web Key Set (RFC 7517) of the access-token signing keys")
    @GetMapping(path = "/.well-known/jwks.json", produces = "application/json")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic()).body(keys.publicJwks().toJSONObject());
    }
}
