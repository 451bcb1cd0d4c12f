package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.created;
import static com.catalog.command.product.ProductFixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.changeprice.ChangeProductPriceCommand;
import com.catalog.command.product.changeprices.ReplaceProductPricesCommand;
import com.catalog.command.product.discardstaged.DiscardStagedChangesCommand;
import com.catalog.command.product.images.AddProductImageCommand;
import com.catalog.command.product.images.RemoveProductImageCommand;
import com.catalog.command.product.images.ReorderProductImagesCommand;
import com.catalog.command.product.publish.PublishProductCommand;
import com.catalog.command.product.variants.AddProductVariantCommand;
import com.catalog.command.product.variants.ChangeProductVariantCommand;
import com.catalog.command.product.variants.RemoveProductVariantCommand;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImageRemovedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.events.value.Money;
import com.catalog.events.value.Sku;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Once published, variants, prices and images are staged like the details: their events say so, buyers see them
 * after the next publish, a discard drops them, and SKUs follow (a staged removal frees its SKU only when published).
 */
class ProductStagedContentTest {

    private static final String V1 = "11111111-1111-1111-1111-111111111111";
    private static final String V2 = "22222222-2222-2222-2222-222222222222";
    private static final Map<String, String> RED = Map.of("colour", "red");
    private static final Map<String, String> BLUE = Map.of("colour", "blue");
    private static final String URL = "https://cdn.example.com/1.jpg";

    private AggregateTestFixture<Product> fixture;
    private InMemorySkuReservations skus;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogReferences());
        skus = new InMemorySkuReservations();
        fixture.registerInjectableResource(skus);
        fixture.registerInjectableResource(new InMemorySlugReservations());
    }

    @Test
    void before_the_first_publication_a_variant_is_not_staged() {
        fixture.given(created()).when(addVariant(V1, "RED-1", RED))
                .expectEvents(new ProductVariantAddedEvent(ID.value(), V1, "RED-1", RED, List.of(), false));
    }

    @Test
    void after_publication_a_new_variant_is_staged_and_its_sku_reserved_at_once() {
        fixture.given(created(), published()).when(addVariant(V1, "RED-1", RED))
                .expectEvents(new ProductVariantAddedEvent(ID.value(), V1, "RED-1", RED, List.of(), true));
        assertThat(skus.ownerOf(Sku.of("RED-1"))).isEqualTo(ID);
    }

    @Test
    void after_publication_a_variant_change_is_staged() {
        fixture.given(created(), variant(V1, "RED-1", RED, false), published())
                .when(new ChangeProductVariantCommand(ID, OWNER, null, V1, Map.of("colour", "blue"), null))
                .expectEvents(new ProductVariantChangedEvent(ID.value(), V1, List.of("options"), RED, BLUE, List.of(),
                        List.of(), true));
    }

    @Test
    void a_staged_variant_change_is_checked_against_the_staged_variants() {
        fixture.given(created(), published(), variant(V1, "RED-1", RED, true))
                .when(addVariant(V2, "RED-2", RED))
                .expectException(withCode("duplicate-variant-options"));
    }

    @Test
    void a_staged_removal_keeps_the_sku_until_it_is_published() {
        skus.reserve(Sku.of("RED-1"), ID);
        fixture.given(created(), variant(V1, "RED-1", RED, false), published())
                .when(new RemoveProductVariantCommand(ID, OWNER, null, V1))
                .expectEvents(new ProductVariantRemovedEvent(ID.value(), V1, "RED-1", true));
        assertThat(skus.ownerOf(Sku.of("RED-1"))).isEqualTo(ID);
    }

    @Test
    void publishing_a_staged_removal_frees_the_sku() {
        skus.reserve(Sku.of("RED-1"), ID);
        fixture.given(created(), variant(V1, "RED-1", RED, false), published(),
                        new ProductVariantRemovedEvent(ID.value(), V1, "RED-1", true))
                .when(new PublishProductCommand(ID, OWNER, null))
                .expectEvents(new ProductStagedChangesPublishedEvent(ID.value()));
        assertThat(skus.ownerOf(Sku.of("RED-1"))).isNull();
    }

    @Test
    void the_sku_of_a_variant_removed_in_the_staged_version_may_come_back_on_another_variant() {
        skus.reserve(Sku.of("RED-1"), ID);
        fixture.given(created(), variant(V1, "RED-1", RED, false), published(),
                        new ProductVariantRemovedEvent(ID.value(), V1, "RED-1", true))
                .when(addVariant(V2, "RED-1", BLUE))
                .expectEvents(new ProductVariantAddedEvent(ID.value(), V2, "RED-1", BLUE, List.of(), true));
    }

    @Test
    void a_sku_of_a_variant_still_in_the_staged_version_is_taken() {
        skus.reserve(Sku.of("RED-1"), ID);
        fixture.given(created(), variant(V1, "RED-1", RED, false), published())
                .when(addVariant(V2, "RED-1", BLUE))
                .expectException(withCode("sku-taken"));
    }

    @Test
    void discarding_a_staged_variant_frees_its_sku() {
        skus.reserve(Sku.of("RED-1"), ID);
        fixture.given(created(), published(), variant(V1, "RED-1", RED, true))
                .when(new DiscardStagedChangesCommand(ID, OWNER, null))
                .expectEvents(new ProductStagedChangesDiscardedEvent(ID.value()));
        assertThat(skus.ownerOf(Sku.of("RED-1"))).isNull();
    }

    @Test
    void after_a_discard_the_variant_removed_in_the_staged_version_is_back() {
        fixture.given(created(), variant(V1, "RED-1", RED, false), published(),
                        new ProductVariantRemovedEvent(ID.value(), V1, "RED-1", true),
                        new ProductStagedChangesDiscardedEvent(ID.value()))
                .when(new ChangeProductVariantCommand(ID, OWNER, null, V1, Map.of("colour", "blue"), null))
                .expectEvents(new ProductVariantChangedEvent(ID.value(), V1, List.of("options"), RED, BLUE, List.of(),
                        List.of(), true));
    }

    @Test
    void after_publication_a_price_change_is_staged() {
        fixture.given(created(), published()).when(new ChangeProductPriceCommand(ID, OWNER, null, Money.of(2499, "EUR")))
                .expectEvents(new ProductPriceChangedEvent(ID.value(), 1999, "EUR", 2499, "EUR", true));
    }

    @Test
    void after_publication_a_new_price_list_is_staged() {
        fixture.given(created(), published())
                .when(new ReplaceProductPricesCommand(ID, OWNER, null, List.of(Money.of(1999, "EUR"), Money.of(2199, "USD")),
                        List.of()))
                .expectEvents(new ProductPricesChangedEvent(ID.value(), List.of(eur(1999)),
                        List.of(eur(1999), new CurrencyAmount("USD", 2199)), List.of(), List.of(), true));
    }

    @Test
    void a_staged_price_alone_is_a_staged_change_to_publish() {
        fixture.given(created(), published(), new ProductPriceChangedEvent(ID.value(), 1999, "EUR", 2499, "EUR", true))
                .when(new PublishProductCommand(ID, OWNER, null))
                .expectEvents(new ProductStagedChangesPublishedEvent(ID.value()));
    }

    @Test
    void a_staged_price_alone_can_be_discarded_and_then_the_old_price_is_the_staged_one_again() {
        fixture.given(created(), published(), new ProductPriceChangedEvent(ID.value(), 1999, "EUR", 2499, "EUR", true))
                .when(new DiscardStagedChangesCommand(ID, OWNER, null))
                .expectEvents(new ProductStagedChangesDiscardedEvent(ID.value()));
        fixture.given(created(), published(), new ProductPriceChangedEvent(ID.value(), 1999, "EUR", 2499, "EUR", true),
                        new ProductStagedChangesDiscardedEvent(ID.value()))
                .when(new ChangeProductPriceCommand(ID, OWNER, null, Money.of(2999, "EUR")))
                .expectEvents(new ProductPriceChangedEvent(ID.value(), 1999, "EUR", 2999, "EUR", true));
    }

    @Test
    void after_publication_image_changes_are_staged() {
        fixture.given(created(), published()).when(new AddProductImageCommand(ID, OWNER, null, "i-1", URL, "Front"))
                .expectEvents(new ProductImageAddedEvent(ID.value(), "i-1", URL, "Front", true));
        fixture.given(created(), image("i-1", false), image("i-2", false), published())
                .when(new ReorderProductImagesCommand(ID, OWNER, null, List.of("i-2", "i-1")))
                .expectEvents(new ProductImagesReorderedEvent(ID.value(), List.of("i-1", "i-2"), List.of("i-2", "i-1"), true));
        fixture.given(created(), image("i-1", false), published())
                .when(new RemoveProductImageCommand(ID, OWNER, null, "i-1"))
                .expectEvents(new ProductImageRemovedEvent(ID.value(), "i-1", URL, true));
    }

    @Test
    void an_image_added_in_the_staged_version_can_be_reordered_there() {
        fixture.given(created(), image("i-1", false), published(), image("i-2", true))
                .when(new ReorderProductImagesCommand(ID, OWNER, null, List.of("i-2", "i-1")))
                .expectEvents(new ProductImagesReorderedEvent(ID.value(), List.of("i-1", "i-2"), List.of("i-2", "i-1"), true));
    }

    @Test
    void an_unpublished_product_keeps_staging_and_publishing_it_again_promotes_the_staged_version() {
        fixture.given(created(), published(), new ProductUnpublishedEvent(ID.value(), ProductStatus.PUBLISHED))
                .when(addVariant(V1, "RED-1", RED))
                .expectEvents(new ProductVariantAddedEvent(ID.value(), V1, "RED-1", RED, List.of(), true));
        fixture.given(created(), published(), new ProductUnpublishedEvent(ID.value(), ProductStatus.PUBLISHED),
                        variant(V1, "RED-1", RED, true))
                .when(new PublishProductCommand(ID, OWNER, null))
                .expectEvents(new ProductPublishedEvent(ID.value(), ProductStatus.UNPUBLISHED));
    }

    @Test
    void once_published_the_staged_content_is_current_and_nothing_is_left_to_discard() {
        fixture.given(created(), published(), variant(V1, "RED-1", RED, true),
                        new ProductStagedChangesPublishedEvent(ID.value()))
                .when(new DiscardStagedChangesCommand(ID, OWNER, null))
                .expectException(withCode("no-staged-changes"));
    }

    private static ProductPublishedEvent published() {
        return new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT);
    }

    private static ProductVariantAddedEvent variant(String variantId, String sku, Map<String, String> options,
                                                    boolean staged) {
        return new ProductVariantAddedEvent(ID.value(), variantId, sku, options, List.of(), staged);
    }

    private static ProductImageAddedEvent image(String imageId, boolean staged) {
        return new ProductImageAddedEvent(ID.value(), imageId, URL, "", staged);
    }

    private static AddProductVariantCommand addVariant(String variantId, String sku, Map<String, String> options) {
        return new AddProductVariantCommand(ID, OWNER, null, variantId, Sku.of(sku), options, List.of());
    }

    private static CurrencyAmount eur(long amount) {
        return new CurrencyAmount("EUR", amount);
    }
}
