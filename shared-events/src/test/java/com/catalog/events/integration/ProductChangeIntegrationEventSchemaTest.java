package com.catalog.events.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each lifecycle and price record, as serialised, matches the JSON Schema published for its type. */
class ProductChangeIntegrationEventSchemaTest {

    private static final String ID = UUID.randomUUID().toString();
    private final ObjectMapper json = new ObjectMapper();

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(ProductPublishedIntegrationEvent.TYPE, new ProductPublishedIntegrationEvent(ID, 1, "DRAFT", "PUBLISHED")),
                Arguments.of(ProductUnpublishedIntegrationEvent.TYPE, new ProductUnpublishedIntegrationEvent(ID, 2, "PUBLISHED", "UNPUBLISHED")),
                Arguments.of(ProductDiscontinuedIntegrationEvent.TYPE, new ProductDiscontinuedIntegrationEvent(ID, 3, "UNPUBLISHED", "DISCONTINUED")),
                Arguments.of(ProductRestoredIntegrationEvent.TYPE, new ProductRestoredIntegrationEvent(ID, 4, "DISCONTINUED", "UNPUBLISHED",
                        "TRAIL-42", List.of(new ProductVariantV1("v-1", "TRAIL-42-RED", Map.of("colour", "red"), List.of())),
                        List.of(new ProductVariantV1("v-1", "TRAIL-42-RED", Map.of("colour", "red"), List.of()),
                                new ProductVariantV1("v-2", "TRAIL-42-BLUE", Map.of("colour", "blue"), List.of())))),
                Arguments.of(ProductRevertedIntegrationEvent.TYPE, reverted("TRAIL-42")),
                Arguments.of(ProductPriceChangedIntegrationEvent.TYPE, new ProductPriceChangedIntegrationEvent(ID, 5,
                        new PriceV1(1999, "EUR"), new PriceV1(2499, "EUR"), true)),
                Arguments.of(ProductDetailsChangedIntegrationEvent.TYPE, new ProductDetailsChangedIntegrationEvent(ID, 6,
                        List.of("names", "categoryId"),
                        new ProductDetailsV1(null, Map.of("en", "Shoe"), null, null, null, null, "shoes", null),
                        new ProductDetailsV1(null, Map.of("en", "Shoe", "de", "Schuh"), null, null, null, null, null, null),
                        true)),
                Arguments.of(ProductStagedChangesPublishedIntegrationEvent.TYPE,
                        new ProductStagedChangesPublishedIntegrationEvent(ID, 7)),
                Arguments.of(ProductStagedChangesDiscardedIntegrationEvent.TYPE,
                        new ProductStagedChangesDiscardedIntegrationEvent(ID, 8)),
                Arguments.of(ProductVariantAddedIntegrationEvent.TYPE, new ProductVariantAddedIntegrationEvent(ID, 9, "v-1",
                        "TRAIL-42-RED", Map.of("colour", "red"), List.of(), true)),
                Arguments.of(ProductVariantChangedIntegrationEvent.TYPE, new ProductVariantChangedIntegrationEvent(ID, 10,
                        "v-1", List.of("prices"), Map.of("colour", "red"), Map.of("colour", "red"), List.of(),
                        List.of(new PriceV1(2999, "EUR")), false)),
                Arguments.of(ProductVariantRemovedIntegrationEvent.TYPE,
                        new ProductVariantRemovedIntegrationEvent(ID, 11, "v-1", "TRAIL-42-RED", true)),
                Arguments.of(ProductImageAddedIntegrationEvent.TYPE, new ProductImageAddedIntegrationEvent(ID, 12, "i-1",
                        "https://cdn.example.com/1.jpg", "Front", true)),
                Arguments.of(ProductImagesReorderedIntegrationEvent.TYPE, new ProductImagesReorderedIntegrationEvent(ID, 13,
                        List.of("i-1", "i-2"), List.of("i-2", "i-1"), false)),
                Arguments.of(ProductImageRemovedIntegrationEvent.TYPE, new ProductImageRemovedIntegrationEvent(ID, 14, "i-1",
                        "https://cdn.example.com/1.jpg", true)),
                Arguments.of(ProductPricesChangedIntegrationEvent.TYPE, new ProductPricesChangedIntegrationEvent(ID, 17,
                        List.of(new PriceV1(1999, "EUR")), List.of(new PriceV1(1899, "EUR"), new PriceV1(2099, "USD")),
                        List.of(), List.of(new PriceV1(2499, "EUR")), true)),
                Arguments.of(ProductFeaturedIntegrationEvent.TYPE, new ProductFeaturedIntegrationEvent(ID, 15)),
                Arguments.of(ProductUnfeaturedIntegrationEvent.TYPE, new ProductUnfeaturedIntegrationEvent(ID, 16)));
    }

    /** Records published before the additive fields existed lack them, and must still be valid. */
    @Test
    void restoredAndRevertedRecordsWithoutTheirSkusStillValidate() {
        ObjectNode restored = json.valueToTree(new ProductRestoredIntegrationEvent(ID, 4, "DISCONTINUED", "DRAFT", null,
                null, null));
        ObjectNode reverted = json.valueToTree(reverted(null));

        assertThat(schemaOf(ProductRestoredIntegrationEvent.TYPE).validate(
                restored.without(List.of("sku", "variants", "stagedVariants")))).isEmpty();
        assertThat(schemaOf(ProductRevertedIntegrationEvent.TYPE).validate(reverted.without("sku"))).isEmpty();
    }

    @Test
    void aRestoredVariantWithoutItsSkuIsRejected() {
        JsonNode bad = json.valueToTree(new ProductRestoredIntegrationEvent(ID, 4, "DISCONTINUED", "DRAFT", "TRAIL-42",
                List.of(new ProductVariantV1("v-1", null, Map.of(), List.of())), List.of()));

        assertThat(schemaOf(ProductRestoredIntegrationEvent.TYPE).validate(bad))
                .extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("sku"));
    }

    private static ProductRevertedIntegrationEvent reverted(String sku) {
        ProductDetailsV1 details = new ProductDetailsV1("en", Map.of("en", "Shoe"), "shoe", null, null, null, null, null);
        List<ProductRevertedIntegrationEvent.Variant> variants = List.of(new ProductRevertedIntegrationEvent.Variant(
                "v-1", "TRAIL-42-RED", Map.of("colour", "red"), List.of()));
        List<PriceV1> prices = List.of(new PriceV1(1999, "EUR"));
        return new ProductRevertedIntegrationEvent(ID, 18, 3, details, details, prices, List.of(), variants, List.of(),
                prices, List.of(), List.of(), List.of(), sku);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theRecordAsSerialisedValidatesAgainstTheSchemaOfItsType(String type, Object event) {
        assertThat(schemaOf(type).validate(json.valueToTree(event))).isEmpty();
    }

    @Test
    void aPublicationFromAStatusItCannotComeFromIsRejected() {
        JsonNode bad = json.valueToTree(new ProductPublishedIntegrationEvent(ID, 1, "DISCONTINUED", "PUBLISHED"));

        Set<ValidationMessage> errors = schemaOf(ProductPublishedIntegrationEvent.TYPE).validate(bad);

        assertThat(errors).extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("statusBefore"));
    }

    @Test
    void aDetailsChangeNamingAnUnknownFieldIsRejected() {
        JsonNode bad = json.valueToTree(new ProductDetailsChangedIntegrationEvent(ID, 1, List.of("status"),
                new ProductDetailsV1(null, null, null, null, null, null, null, null),
                new ProductDetailsV1(null, null, null, null, null, null, null, null), false));

        assertThat(schemaOf(ProductDetailsChangedIntegrationEvent.TYPE).validate(bad)).isNotEmpty();
    }

    @Test
    void anImageWithoutAnHttpUrlIsRejected() {
        JsonNode bad = json.valueToTree(new ProductImageAddedIntegrationEvent(ID, 1, "i-1", "ftp://x/1.jpg", "", false));

        assertThat(schemaOf(ProductImageAddedIntegrationEvent.TYPE).validate(bad)).isNotEmpty();
    }

    @Test
    void aPriceChangeWithoutCurrencyIsRejected() {
        JsonNode bad = json.valueToTree(new ProductPriceChangedIntegrationEvent(ID, 1,
                new PriceV1(1999, "EUR"), new PriceV1(2499, null), false));

        Set<ValidationMessage> errors = schemaOf(ProductPriceChangedIntegrationEvent.TYPE).validate(bad);

        assertThat(errors).extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("currency"));
    }

    private static JsonSchema schemaOf(String type) {
        String resource = "integration-schemas/" + type + ".schema.json";
        InputStream in = ProductChangeIntegrationEventSchemaTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
}
