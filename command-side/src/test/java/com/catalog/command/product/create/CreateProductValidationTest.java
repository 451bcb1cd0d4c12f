package com.catalog.command.product.create;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is always a 400 problem, never a 500, and writes nothing. */
class CreateProductValidationTest extends CreateProductApiTest {

    static Stream<Arguments> invalidBodies() {
        String sku = "VALID-1";
        return Stream.of(
                Arguments.of("missing name", """
                        {"slug": "s", "defaultLocale": "en", "sku": "%s", "prices": [{"amount": 1, "currency": "EUR"}]}"""
                        .formatted(sku), "invalid-request"),
                Arguments.of("blank name", productJson("  ", sku, 1, "EUR"), "invalid-request"),
                Arguments.of("name too long", productJson("n".repeat(201), sku, 1, "EUR"), "invalid-request"),
                Arguments.of("unknown currency", productJson("Shoe", sku, 1, "XYZ"), "invalid-value"),
                Arguments.of("lower-case currency", productJson("Shoe", sku, 1, "eur"), "invalid-value"),
                Arguments.of("negative amount", productJson("Shoe", sku, -1, "EUR"), "invalid-request"),
                Arguments.of("fractional amount", """
                        {"name": {"en": "Shoe"}, "slug": "s", "defaultLocale": "en", "sku": "%s",
                         "prices": [{"amount": 19.99, "currency": "EUR"}]}""".formatted(sku),
                        "malformed-request"),
                Arguments.of("amount beyond a long", """
                        {"name": {"en": "Shoe"}, "slug": "s", "defaultLocale": "en", "sku": "%s",
                         "prices": [{"amount": 99999999999999999999, "currency": "EUR"}]}"""
                        .formatted(sku), "malformed-request"),
                Arguments.of("missing prices", """
                        {"name": {"en": "Shoe"}, "slug": "s", "defaultLocale": "en", "sku": "%s"}""".formatted(sku),
                        "invalid-request"),
                Arguments.of("name as plain text", """
                        {"name": "Shoe", "slug": "s", "defaultLocale": "en", "sku": "%s",
                         "prices": [{"amount": 1, "currency": "EUR"}]}""".formatted(sku), "malformed-request"),
                Arguments.of("bad SKU characters", productJson("Shoe", "has space", 1, "EUR"), "invalid-value"),
                Arguments.of("SKU starting with a dash", productJson("Shoe", "-ABC", 1, "EUR"), "invalid-value"),
                Arguments.of("SKU too long", productJson("Shoe", "S".repeat(65), 1, "EUR"), "invalid-value"),
                Arguments.of("malformed JSON", "{\"name\": \"Shoe\", ", "malformed-request"),
                Arguments.of("empty body", "", "malformed-request"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void invalid_input_is_a_400_problem_and_claims_nothing(String why, String body, String code) {
        HttpResponse<String> response = post(body, sellerToken());

        assertProblem(response, 400, code);
        assertThat(lookupRowsFor("VALID-1")).isZero();
    }

    @Test
    void field_errors_name_the_field_and_the_reason() {
        HttpResponse<String> response = post("""
                {"name": {}, "slug": "s", "defaultLocale": "en", "sku": "A-1",
                 "prices": [{"amount": -5, "currency": "EUR"}]}""", sellerToken());

        assertProblem(response, 400, "invalid-request");
        JsonNode errors = bodyOf(response).path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("name", "prices[0].amount");
        assertThat(errors.findValuesAsText("message")).allSatisfy(message -> assertThat(message).isNotBlank());
    }

    @Test
    void an_invalid_value_explains_the_rule() {
        HttpResponse<String> response = post(productJson("Shoe", "bad sku!", 1, "EUR"), sellerToken());

        assertProblem(response, 400, "invalid-value");
        assertThat(bodyOf(response).path("detail").asText()).startsWith("SKU must be 1-64 characters");
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem() {
        HttpResponse<String> response = post("name=Shoe", sellerToken(), Map.of("Content-Type", "text/plain"));

        assertProblem(response, 415, "unsupported-media-type");
    }
}
