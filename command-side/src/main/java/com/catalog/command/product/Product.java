package com.catalog.command.product;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.catalog.command.product.changeprice.ChangeProductPriceCommand;
import com.catalog.command.product.create.CreateProductCommand;
import com.catalog.command.product.discontinue.DiscontinueProductCommand;
import com.catalog.command.product.publish.PublishProductCommand;
import com.catalog.command.product.restore.RestoreProductCommand;
import com.catalog.command.product.unpublish.UnpublishProductCommand;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.events.value.Money;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A product offered by one seller. Event-sourced: its state is rebuilt from its events on every command.
 * Every command after creation checks, in this order: who acts (403), the version the caller saw (412), then the
 * product's own rules (409).
 */
@Aggregate
class Product {

    @AggregateIdentifier
    private String id;
    /** Sellers act only on their own products. */
    private String sellerId;
    private ProductStatus status;
    /** Where a restore leads back to. */
    private ProductStatus statusBeforeDiscontinued;
    private Money price;

    /** For Axon, which rebuilds the aggregate from its events. */
    Product() {
    }

    @CommandHandler
    Product(CreateProductCommand command, SkuReservations skuReservations) {
        ProductRules.requireValidName(command.name());
        ProductRules.requireValidDescription(command.description());
        ProductRules.requireSeller(command.sellerId());
        if (!skuReservations.reserve(command.sku(), command.productId())) {
            throw new SkuAlreadyTakenException(command.sku());
        }
        apply(ProductCreatedEvent.of(command.productId(), command.sellerId(), command.name().strip(),
                command.description(), command.sku(), command.price()));
    }

    @CommandHandler
    void handle(PublishProductCommand command) {
        requireChangeable(command.actor(), command.expectedVersion(), ProductStatus.PUBLISHED);
        apply(ProductPublishedEvent.of(command.productId(), status));
    }

    @CommandHandler
    void handle(UnpublishProductCommand command) {
        requireChangeable(command.actor(), command.expectedVersion(), ProductStatus.UNPUBLISHED);
        apply(ProductUnpublishedEvent.of(command.productId(), status));
    }

    @CommandHandler
    void handle(DiscontinueProductCommand command) {
        requireChangeable(command.actor(), command.expectedVersion(), ProductStatus.DISCONTINUED);
        apply(ProductDiscontinuedEvent.of(command.productId(), status));
    }

    @CommandHandler
    void handle(RestoreProductCommand command) {
        ProductAccess.requireAdmin(command.actor());
        ExpectedVersion.require(id, command.expectedVersion());
        if (status != ProductStatus.DISCONTINUED) {
            throw IllegalStatusTransitionException.notDiscontinued(status);
        }
        apply(ProductRestoredEvent.of(command.productId(), statusBeforeDiscontinued));
    }

    @CommandHandler
    void handle(ChangeProductPriceCommand command) {
        ProductAccess.requireOwnerOrAdmin(command.actor(), sellerId);
        ExpectedVersion.require(id, command.expectedVersion());
        if (status == ProductStatus.DISCONTINUED) {
            throw new ProductDiscontinuedException();
        }
        if (!command.price().equals(price)) {
            apply(ProductPriceChangedEvent.of(command.productId(), price, command.price()));
        }
    }

    private void requireChangeable(Actor actor, Long expectedVersion, ProductStatus target) {
        ProductAccess.requireOwnerOrAdmin(actor, sellerId);
        ExpectedVersion.require(id, expectedVersion);
        ProductLifecycle.requireTransition(status, target);
    }

    @EventSourcingHandler
    void on(ProductCreatedEvent event) {
        id = event.productId();
        sellerId = event.sellerId();
        status = ProductStatus.DRAFT;
        price = Money.of(event.priceAmount(), event.priceCurrency());
    }

    @EventSourcingHandler
    void on(ProductPublishedEvent event) {
        status = ProductStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(ProductUnpublishedEvent event) {
        status = ProductStatus.UNPUBLISHED;
    }

    @EventSourcingHandler
    void on(ProductDiscontinuedEvent event) {
        statusBeforeDiscontinued = event.previousStatus();
        status = ProductStatus.DISCONTINUED;
    }

    @EventSourcingHandler
    void on(ProductRestoredEvent event) {
        status = event.restoredStatus();
        statusBeforeDiscontinued = null;
    }

    @EventSourcingHandler
    void on(ProductPriceChangedEvent event) {
        price = Money.of(event.newPriceAmount(), event.newPriceCurrency());
    }
}
