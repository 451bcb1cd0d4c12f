package com.catalog.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the query side's API tests check again and again: problem details, and the tokens they call with. */
public final class ReadAssertions {

    private ReadAssertions() {
    }

    /** An RFC 9457 problem with this status that leaks no stack trace or framework internals. */
    public static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().toString()).doesNotContain("Exception", "at com.", "org.springframework");
    }

    /** {@link #assertProblem(ResponseEntity, HttpStatus)} with this {@code code}. */
    public static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String code) {
        assertProblem(response, status);
        assertThat(response.getBody().path("code").asText()).isEqualTo(code);
    }

    /** A bearer token of {@code subject} with one role, valid for five minutes. */
    public static String token(String subject, String role) {
        return TestEngines.jwt().mint(subject, Duration.ofMinutes(5), role);
    }

    public static String adminToken() {
        return token("admin-1", "ADMIN");
    }
}
