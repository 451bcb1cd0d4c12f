package com.catalog.query.integration;

import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** The published JSON Schema of an integration event, read from shared-events' resources. */
public final class IntegrationEventSchema {

    private final JsonSchema schema;

    private IntegrationEventSchema(JsonSchema schema) {
        this.schema = schema;
    }

    public static IntegrationEventSchema productCreated() {
        return ofType(ProductCreatedIntegrationEvent.TYPE);
    }

    /** @param type a CloudEvents type such as {@code com.catalog.product.published.v1}: one schema file per type */
    public static IntegrationEventSchema ofType(String type) {
        try (InputStream in = IntegrationEventSchema.class
                .getResourceAsStream("/integration-schemas/" + type + ".schema.json")) {
            if (in == null) {
                throw new IllegalArgumentException("no published schema for type " + type);
            }
            return new IntegrationEventSchema(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Set<ValidationMessage> violations(byte[] json) throws IOException {
        return schema.validate(new ObjectMapper().readTree(json));
    }
}
