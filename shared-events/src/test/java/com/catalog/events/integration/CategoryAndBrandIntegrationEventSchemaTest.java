package com.catalog.events.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each category and brand record, as serialised, matches the JSON Schema published for its type. */
class CategoryAndBrandIntegrationEventSchemaTest {

    private static final String ID = UUID.randomUUID().toString();
    private static final String OTHER = UUID.randomUUID().toString();
    private final ObjectMapper json = new ObjectMapper();

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(CategoryCreatedIntegrationEvent.TYPE, new CategoryCreatedIntegrationEvent(ID, 0, "Shoes",
                        "shoes", null, null, 10, false, true)),
                Arguments.of(CategoryChangedIntegrationEvent.TYPE, new CategoryChangedIntegrationEvent(ID, 1,
                        List.of("name", "description"),
                        new CategoryDetailsV1("Shoes", null, "Old", null, null, null),
                        new CategoryDetailsV1("Footwear", null, null, null, null, null))),
                Arguments.of(CategoryChangedIntegrationEvent.TYPE, new CategoryChangedIntegrationEvent(ID, 2,
                        List.of("active"), new CategoryDetailsV1(null, null, null, null, null, true),
                        new CategoryDetailsV1(null, null, null, null, null, false))),
                Arguments.of(CategoryMovedIntegrationEvent.TYPE, new CategoryMovedIntegrationEvent(ID, 3, null, OTHER)),
                Arguments.of(CategoryDeletedIntegrationEvent.TYPE, new CategoryDeletedIntegrationEvent(ID, 4, OTHER)),
                Arguments.of(BrandCreatedIntegrationEvent.TYPE, new BrandCreatedIntegrationEvent(ID, 0, "Acme", "acme",
                        null, "https://acme.example/logo.png", null, false)),
                Arguments.of(BrandChangedIntegrationEvent.TYPE, new BrandChangedIntegrationEvent(ID, 1,
                        List.of("websiteUrl", "featured"),
                        new BrandDetailsV1(null, null, null, null, null, false),
                        new BrandDetailsV1(null, null, null, null, "https://acme.example", true))),
                Arguments.of(BrandDeletedIntegrationEvent.TYPE, new BrandDeletedIntegrationEvent(ID, 2, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theRecordAsSerialisedValidatesAgainstTheSchemaOfItsType(String type, Object event) {
        assertThat(schemaOf(type).validate(json.valueToTree(event))).isEmpty();
    }

    @Test
    void aCategoryChangeNamingAFieldThatIsNotPublicIsRejected() {
        CategoryDetailsV1 none = new CategoryDetailsV1(null, null, null, null, null, null);

        assertThat(schemaOf(CategoryChangedIntegrationEvent.TYPE).validate(json.valueToTree(
                new CategoryChangedIntegrationEvent(ID, 1, List.of("parentId"), none, none)))).isNotEmpty();
    }

    @Test
    void aBrandChangeWithoutAnyChangedFieldIsRejected() {
        BrandDetailsV1 none = new BrandDetailsV1(null, null, null, null, null, null);

        assertThat(schemaOf(BrandChangedIntegrationEvent.TYPE).validate(json.valueToTree(
                new BrandChangedIntegrationEvent(ID, 1, List.of(), none, none)))).isNotEmpty();
    }

    private static JsonSchema schemaOf(String type) {
        String resource = "integration-schemas/" + type + ".schema.json";
        InputStream in = CategoryAndBrandIntegrationEventSchemaTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
}
