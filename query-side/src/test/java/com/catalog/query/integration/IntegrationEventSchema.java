package com.catalog.query.integration;

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
        try (InputStream in = IntegrationEventSchema.class
                .getResourceAsStream("/integration-schemas/com.catalog.product.created.v1.schema.json")) {
            return new IntegrationEventSchema(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Set<ValidationMessage> violations(byte[] json) throws IOException {
        return schema.validate(new ObjectMapper().readTree(json));
    }
}
