package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ADMIN;
import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.created;
import static com.catalog.command.product.ProductFixtures.withCode;

import com.catalog.command.product.discontinue.DiscontinueProductCommand;
import com.catalog.command.product.publish.PublishProductCommand;
import com.catalog.command.product.restore.RestoreProductCommand;
import com.catalog.command.product.unpublish.UnpublishProductCommand;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnpublishedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DRAFT → PUBLISHED ⇄ UNPUBLISHED → DISCONTINUED, DRAFT → DISCONTINUED, and restore by an admin. */
class ProductLifecycleTest {

    private static final PublishProductCommand PUBLISH = new PublishProductCommand(ID, OWNER, null);
    private static final UnpublishProductCommand UNPUBLISH = new UnpublishProductCommand(ID, OWNER, null);
    private static final DiscontinueProductCommand DISCONTINUE = new DiscontinueProductCommand(ID, OWNER, null);
    private static final RestoreProductCommand RESTORE = new RestoreProductCommand(ID, ADMIN, null);

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogReferences());
        fixture.registerInjectableResource(new InMemorySkuReservations());
        fixture.registerInjectableResource(new InMemorySlugReservations());
    }

    @Test
    void a_draft_is_published() {
        fixture.given(created()).when(PUBLISH)
                .expectEvents(new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT));
    }

    @Test
    void an_unpublished_product_is_published_again() {
        fixture.given(created(), published(ProductStatus.DRAFT), unpublished()).when(PUBLISH)
                .expectEvents(new ProductPublishedEvent(ID.value(), ProductStatus.UNPUBLISHED));
    }

    @Test
    void publishing_a_published_product_is_refused_rather_than_stored_as_a_no_op() {
        expectIllegal(PUBLISH, "A product cannot go from PUBLISHED to PUBLISHED.", created(), published(ProductStatus.DRAFT));
    }

    @Test
    void a_discontinued_product_cannot_be_published() {
        expectIllegal(PUBLISH, "A product cannot go from DISCONTINUED to PUBLISHED.", created(), discontinued(ProductStatus.DRAFT));
    }

    @Test
    void a_published_product_is_unpublished() {
        fixture.given(created(), published(ProductStatus.DRAFT)).when(UNPUBLISH)
                .expectEvents(new ProductUnpublishedEvent(ID.value(), ProductStatus.PUBLISHED));
    }

    @Test
    void a_draft_cannot_be_unpublished() {
        expectIllegal(UNPUBLISH, "A product cannot go from DRAFT to UNPUBLISHED.", created());
    }

    @Test
    void an_unpublished_product_cannot_be_unpublished_again() {
        expectIllegal(UNPUBLISH, "A product cannot go from UNPUBLISHED to UNPUBLISHED.",
                created(), published(ProductStatus.DRAFT), unpublished());
    }

    @Test
    void a_draft_is_discontinued() {
        fixture.given(created()).when(DISCONTINUE)
                .expectEvents(new ProductDiscontinuedEvent(ID.value(), ProductStatus.DRAFT));
    }

    @Test
    void an_unpublished_product_is_discontinued() {
        fixture.given(created(), published(ProductStatus.DRAFT), unpublished()).when(DISCONTINUE)
                .expectEvents(new ProductDiscontinuedEvent(ID.value(), ProductStatus.UNPUBLISHED));
    }

    @Test
    void a_published_product_must_be_unpublished_before_it_is_discontinued() {
        expectIllegal(DISCONTINUE, "A product cannot go from PUBLISHED to DISCONTINUED.", created(), published(ProductStatus.DRAFT));
    }

    @Test
    void a_discontinued_product_cannot_be_discontinued_again() {
        expectIllegal(DISCONTINUE, "A product cannot go from DISCONTINUED to DISCONTINUED.", created(), discontinued(ProductStatus.DRAFT));
    }

    @Test
    void a_restored_product_returns_to_the_status_it_had_before_it_was_discontinued() {
        fixture.given(created(), published(ProductStatus.DRAFT), unpublished(), discontinued(ProductStatus.UNPUBLISHED))
                .when(RESTORE)
                .expectEvents(new ProductRestoredEvent(ID.value(), ProductStatus.UNPUBLISHED));
    }

    @Test
    void a_discontinued_draft_is_restored_as_a_draft_and_can_then_be_published() {
        fixture.given(created(), discontinued(ProductStatus.DRAFT), new ProductRestoredEvent(ID.value(), ProductStatus.DRAFT))
                .when(PUBLISH)
                .expectEvents(new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT));
    }

    @Test
    void only_a_discontinued_product_can_be_restored() {
        expectIllegal(RESTORE, "Only a DISCONTINUED product can be restored; this one is DRAFT.", created());
    }

    private void expectIllegal(Object command, String message, Object... history) {
        fixture.given(history).when(command)
                .expectException(IllegalStatusTransitionException.class)
                .expectException(withCode("illegal-status-transition"))
                .expectExceptionMessage(message)
                .expectNoEvents();
    }

    private static ProductPublishedEvent published(ProductStatus from) {
        return new ProductPublishedEvent(ID.value(), from);
    }

    private static ProductUnpublishedEvent unpublished() {
        return new ProductUnpublishedEvent(ID.value(), ProductStatus.PUBLISHED);
    }

    private static ProductDiscontinuedEvent discontinued(ProductStatus from) {
        return new ProductDiscontinuedEvent(ID.value(), from);
    }
}
