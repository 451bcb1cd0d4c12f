package com.catalog.events.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public contract exists three times — the records, their JSON Schemas and docs/asyncapi.yaml — and
 * subscribers read all three. Every integration event type must appear in each, under the same name; so must the
 * product state of the compacted topic ({@link ProductStateV1}), which is no event but has a type and topic too.
 */
class IntegrationContractCatalogTest {

    private static final Path ASYNCAPI = Path.of("..", "docs", "asyncapi.yaml");

    private final List<JavaClass> integrationEvents = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.catalog.events.integration").stream()
            .filter(c -> c.getSimpleName().endsWith("IntegrationEvent") || c.getName().equals(ProductStateV1.class.getName()))
            .toList();

    @Test
    void everyIntegrationEventHasATypeAndATopic() {
        assertThat(integrationEvents).isNotEmpty();
        for (JavaClass event : integrationEvents) {
            assertThat(constant(event, "TYPE")).as(event.getSimpleName()).matches("com\\.catalog\\.[a-z]+\\.[a-z-]+\\.v\\d+");
            assertThat(constant(event, "TOPIC")).as(event.getSimpleName()).matches("catalog\\.[a-z-]+\\.v\\d+");
        }
    }

    @Test
    void everyTypeHasASchemaWhoseIdNamesIt() throws IOException {
        for (JavaClass event : integrationEvents) {
            String type = constant(event, "TYPE");
            try (InputStream schema = getClass().getClassLoader().getResourceAsStream("integration-schemas/" + type + ".schema.json")) {
                assertThat(schema).as("schema of " + type).isNotNull();
                JsonNode parsed = new ObjectMapper().readTree(schema);
                assertThat(parsed.path("$id").asText()).endsWith(type);
            }
        }
    }

    @Test
    void theAsyncApiDocumentListsEveryTypeWithItsSchema() throws IOException {
        String asyncApi = Files.readString(ASYNCAPI);
        for (JavaClass event : integrationEvents) {
            String type = constant(event, "TYPE");
            assertThat(asyncApi).as("docs/asyncapi.yaml").contains("name: " + type)
                    .contains("integration-schemas/" + type + ".schema.json")
                    .contains("address: " + constant(event, "TOPIC"));
        }
    }

    private static String constant(JavaClass event, String name) {
        try {
            return (String) event.reflect().getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(event.getSimpleName() + " has no public constant " + name, e);
        }
    }
}
