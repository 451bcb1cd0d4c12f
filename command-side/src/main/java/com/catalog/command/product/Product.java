package com.catalog.command.product;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.catalog.command.product.create.CreateProductCommand;
import com.catalog.events.product.ProductCreatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A product offered by one seller. Event-sourced: its state is rebuilt from its events on every command. */
@Aggregate
class Product {

    @AggregateIdentifier
    private String id;
    /** Later commands check ownership against it: sellers act only on their own products. */
    private String sellerId;

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

    @EventSourcingHandler
    void on(ProductCreatedEvent event) {
        id = event.productId();
        sellerId = event.sellerId();
    }
}
