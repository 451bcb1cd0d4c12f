package com.catalog.events.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The state record of the compacted topic and the snapshot API, as serialised, matches its JSON Schema. */
class ProductStateSchemaTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFullStateValidates() {
        assertThat(schema().validate(json.valueToTree(state("PUBLISHED")))).isEmpty();
    }

    @Test
    void aDiscontinuedProductHasNoStateButATombstone() {
        assertThat(schema().validate(json.valueToTree(state("DISCONTINUED")))).isNotEmpty();
    }

    @Test
    void aCostPriceOrAStagedVersionIsNeverPartOfThePublicState() {
        ObjectNode withCost = json.valueToTree(state("PUBLISHED"));
        withCost.putObject("costPrice").put("amount", 900).put("currency", "EUR");
        ObjectNode withStaged = json.valueToTree(state("PUBLISHED"));
        withStaged.putObject("staged");

        assertThat(schema().validate(withCost)).isNotEmpty();
        assertThat(schema().validate(withStaged)).isNotEmpty();
    }

    private static ProductStateV1 state(String status) {
        return new ProductStateV1(UUID.randomUUID().toString(), 7, 4711, "seller-1", status, "TRAIL-42",
                "en", Map.of("en", "Trail shoe"), "trail-shoe", Map.of("en", "Light"), Map.of(), Map.of("colour", "red"),
                null, "brand-1", List.of(new PriceV1(1999, "EUR")), List.of(),
                List.of(new ProductVariantV1("v-1", "TRAIL-43", Map.of("size", "43"), List.of())),
                List.of(new ProductImageV1("i-1", "https://cdn.example.com/1.jpg", null)), true);
    }

    private static JsonSchema schema() {
        String resource = "integration-schemas/" + ProductStateV1.TYPE + ".schema.json";
        InputStream in = ProductStateSchemaTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
}
