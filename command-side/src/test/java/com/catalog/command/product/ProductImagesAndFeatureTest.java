package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ADMIN;
import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OTHER_SELLER;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.created;
import static com.catalog.command.product.ProductFixtures.withCode;

import com.catalog.command.product.feature.FeatureProductCommand;
import com.catalog.command.product.images.AddProductImageCommand;
import com.catalog.command.product.images.RemoveProductImageCommand;
import com.catalog.command.product.images.ReorderProductImagesCommand;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductFeaturedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImageRemovedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnfeaturedEvent;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Images (http/https URLs only, never fetched) and featuring (admins only). */
class ProductImagesAndFeatureTest {

    private static final String URL = "https://cdn.example.com/shoe.jpg";

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogReferences());
        fixture.registerInjectableResource(new InMemorySkuReservations());
        fixture.registerInjectableResource(new InMemorySlugReservations());
    }

    @Test
    void an_image_is_added_with_its_url_and_alt_text() {
        fixture.given(created()).when(new AddProductImageCommand(ID, OWNER, null, "i-1", URL, "Side view"))
                .expectEvents(new ProductImageAddedEvent(ID.value(), "i-1", URL, "Side view", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://cdn.example.com/a.jpg", "javascript:alert(1)", "file:///etc/passwd", "/relative.jpg",
            "https://", "not a url"})
    void only_absolute_http_or_https_urls_are_accepted(String url) {
        fixture.given(created()).when(new AddProductImageCommand(ID, OWNER, null, "i-1", url, null))
                .expectException(withCode("invalid-image-url"))
                .expectNoEvents();
    }

    @Test
    void a_url_longer_than_2048_characters_is_refused() {
        String url = "https://cdn.example.com/" + "a".repeat(ProductLimits.IMAGE_URL_MAX_LENGTH);
        fixture.given(created()).when(new AddProductImageCommand(ID, OWNER, null, "i-1", url, null))
                .expectException(withCode("invalid-image-url"));
    }

    @Test
    void another_seller_may_not_add_an_image() {
        fixture.given(created()).when(new AddProductImageCommand(ID, OTHER_SELLER, null, "i-1", URL, null))
                .expectException(withCode("not-product-owner"));
    }

    @Test
    void images_are_reordered_with_before_and_after() {
        fixture.given(created(), image("i-1"), image("i-2"))
                .when(new ReorderProductImagesCommand(ID, OWNER, null, List.of("i-2", "i-1")))
                .expectEvents(new ProductImagesReorderedEvent(ID.value(), List.of("i-1", "i-2"), List.of("i-2", "i-1"), false));
    }

    @Test
    void an_order_that_is_not_exactly_the_products_images_is_refused() {
        fixture.given(created(), image("i-1"), image("i-2"))
                .when(new ReorderProductImagesCommand(ID, OWNER, null, List.of("i-2", "i-2")))
                .expectException(withCode("invalid-image-order"));
    }

    @Test
    void the_same_order_again_stores_nothing() {
        fixture.given(created(), image("i-1"), image("i-2"))
                .when(new ReorderProductImagesCommand(ID, OWNER, null, List.of("i-1", "i-2")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_image_is_removed_and_an_unknown_one_is_not_found() {
        fixture.given(created(), image("i-1")).when(new RemoveProductImageCommand(ID, OWNER, null, "i-1"))
                .expectEvents(new ProductImageRemovedEvent(ID.value(), "i-1", URL, false));
        fixture.given(created()).when(new RemoveProductImageCommand(ID, OWNER, null, "i-9"))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void more_than_the_maximum_of_images_is_refused() {
        Object[] history = new Object[ProductLimits.IMAGES_MAX + 1];
        history[0] = created();
        for (int i = 1; i <= ProductLimits.IMAGES_MAX; i++) {
            history[i] = image("i-" + i);
        }
        fixture.given(history).when(new AddProductImageCommand(ID, OWNER, null, "i-new", URL, null))
                .expectException(withCode("too-many-images"));
    }

    @Test
    void an_admin_features_and_unfeatures_a_product() {
        fixture.given(created()).when(new FeatureProductCommand(ID, ADMIN, null, true))
                .expectEvents(new ProductFeaturedEvent(ID.value()));
        fixture.given(created(), new ProductFeaturedEvent(ID.value())).when(new FeatureProductCommand(ID, ADMIN, null, false))
                .expectEvents(new ProductUnfeaturedEvent(ID.value()));
    }

    @Test
    void featuring_a_featured_product_stores_nothing() {
        fixture.given(created(), new ProductFeaturedEvent(ID.value())).when(new FeatureProductCommand(ID, ADMIN, null, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void even_the_owner_may_not_feature_a_product() {
        fixture.given(created()).when(new FeatureProductCommand(ID, OWNER, null, true))
                .expectException(withCode("admin-only"))
                .expectNoEvents();
    }

    @Test
    void a_discontinued_product_is_not_featured() {
        fixture.given(created(), new ProductDiscontinuedEvent(ID.value(), ProductStatus.DRAFT))
                .when(new FeatureProductCommand(ID, ADMIN, null, true))
                .expectException(withCode("product-discontinued"));
    }

    private static ProductImageAddedEvent image(String imageId) {
        return new ProductImageAddedEvent(ID.value(), imageId, URL, "", false);
    }
}
