package com.catalog.events.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The record and the published JSON Schema must describe the same contract. */
class ProductCreatedIntegrationEventSchemaTest {

    private final ObjectMapper json = new ObjectMapper();
    private final JsonSchema schema = load("integration-schemas/com.catalog.product.created.v1.schema.json");

    @Test
    void theRecordAsSerialisedValidatesAgainstTheSchema() {
        var event = new ProductCreatedIntegrationEvent(UUID.randomUUID().toString(), "seller-1", 0,
                "Trail shoe", "Light and grippy", "TRAIL-42", new PriceV1(12900, "EUR"), "DRAFT", "en",
                Map.of("en", "Trail shoe", "de", "Laufschuh"), "trail-shoe", Map.of("en", "Light and grippy"), Map.of(),
                List.of(new PriceV1(12900, "EUR"), new PriceV1(13900, "USD")), List.of(), Map.of("colour", "red"),
                "cat-1", null);

        assertThat(schema.validate(json.valueToTree(event))).isEmpty();
    }

    @Test
    void theSchemaRejectsAPriceWithoutCurrencyAndAnUnknownStatus() {
        JsonNode bad = json.valueToTree(new ProductCreatedIntegrationEvent(UUID.randomUUID().toString(), "seller-1", 0,
                "Trail shoe", null, "TRAIL-42", new PriceV1(12900, null), "SOLD", "en", Map.of(), "Not A Slug",
                Map.of(), Map.of(), List.of(), List.of(), Map.of(), null, null));

        Set<ValidationMessage> errors = schema.validate(bad);

        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("currency"))
                .anySatisfy(m -> assertThat(m).contains("status"))
                .anySatisfy(m -> assertThat(m).contains("slug"));
    }

    private static JsonSchema load(String resource) {
        InputStream in = ProductCreatedIntegrationEventSchemaTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
}
