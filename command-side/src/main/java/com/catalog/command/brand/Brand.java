package com.catalog.command.brand;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import com.catalog.command.brand.create.CreateBrandCommand;
import com.catalog.command.brand.delete.DeleteBrandCommand;
import com.catalog.command.brand.feature.FeatureBrandCommand;
import com.catalog.command.brand.feature.UnfeatureBrandCommand;
import com.catalog.command.brand.update.UpdateBrandCommand;
import com.catalog.command.domain.Actor;
import com.catalog.command.domain.ExpectedVersion;
import com.catalog.events.brand.BrandCreatedEvent;
import com.catalog.events.brand.BrandDeletedEvent;
import com.catalog.events.brand.BrandFeaturedEvent;
import com.catalog.events.brand.BrandUnfeaturedEvent;
import com.catalog.events.brand.BrandUpdatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A brand, managed by admins. Unique names (whatever the case) and slugs are checked against the
 * {@link BrandLookup}, updated in the same transaction as the event. Every command after creation checks, in this
 * order: who acts (403), the version the caller saw (412), then the rules.
 */
@Aggregate
class Brand {

    private static final String MANAGE = "manage brands";

    @AggregateIdentifier
    private String id;
    private BrandDetails details;
    private boolean featured;

    /** For Axon, which rebuilds the aggregate from its events. */
    Brand() {
    }

    @CommandHandler
    Brand(CreateBrandCommand command, BrandLookup lookup) {
        command.actor().requireAdmin(MANAGE);
        BrandDetails created = BrandDetails.checked(command.name(), command.slug(), command.description(),
                command.logoUrl(), command.websiteUrl());
        claim(lookup, command.brandId(), created);
        apply(new BrandCreatedEvent(command.brandId(), created.name(), created.slug(), created.description(),
                created.logoUrl(), created.websiteUrl()));
    }

    @CommandHandler
    void handle(UpdateBrandCommand command, BrandLookup lookup) {
        requireAllowed(command.actor(), command.expectedVersion());
        BrandDetails updated = BrandDetails.checked(command.name().applyTo(details.name()), command.slug().applyTo(details.slug()),
                command.description().applyTo(details.description()), command.logoUrl().applyTo(details.logoUrl()),
                command.websiteUrl().applyTo(details.websiteUrl()));
        if (updated.equals(details)) {
            return;
        }
        if (!updated.nameKey().equals(details.nameKey()) || !updated.slug().equals(details.slug())) {
            claim(lookup, id, updated);
        }
        apply(new BrandUpdatedEvent(id, updated.name(), updated.slug(), updated.description(), updated.logoUrl(),
                updated.websiteUrl()));
    }

    @CommandHandler
    void handle(FeatureBrandCommand command) {
        requireAllowed(command.actor(), command.expectedVersion());
        if (!featured) {
            apply(new BrandFeaturedEvent(id));
        }
    }

    @CommandHandler
    void handle(UnfeatureBrandCommand command) {
        requireAllowed(command.actor(), command.expectedVersion());
        if (featured) {
            apply(new BrandUnfeaturedEvent(id));
        }
    }

    @CommandHandler
    void handle(DeleteBrandCommand command, BrandLookup lookup, BrandUsage usage) {
        requireAllowed(command.actor(), command.expectedVersion());
        String target = command.reassignProductsTo();
        lookup.lock();
        if (target != null && (target.equals(id) || !lookup.contains(target))) {
            throw BrandRuleViolation.reassignTargetInvalid(target);
        }
        long products = usage.activeProductsOf(id);
        if (target == null && products > 0) {
            throw BrandRuleViolation.hasProducts(products);
        }
        lookup.release(id);
        apply(new BrandDeletedEvent(id, target));
    }

    private void requireAllowed(Actor actor, Long expectedVersion) {
        actor.requireAdmin(MANAGE);
        ExpectedVersion.require(id, expectedVersion);
    }

    private static void claim(BrandLookup lookup, String brandId, BrandDetails claimed) {
        lookup.lock();
        if (lookup.nameTakenByOther(claimed.nameKey(), brandId)) {
            throw BrandRuleViolation.nameTaken(claimed.name());
        }
        if (lookup.slugTakenByOther(claimed.slug(), brandId)) {
            throw BrandRuleViolation.slugTaken(claimed.slug());
        }
        lookup.claim(brandId, claimed.nameKey(), claimed.slug());
    }

    @EventSourcingHandler
    void on(BrandCreatedEvent event) {
        id = event.brandId();
        details = new BrandDetails(event.name(), event.slug(), event.description(), event.logoUrl(), event.websiteUrl());
    }

    @EventSourcingHandler
    void on(BrandUpdatedEvent event) {
        details = new BrandDetails(event.name(), event.slug(), event.description(), event.logoUrl(), event.websiteUrl());
    }

    @EventSourcingHandler
    void on(BrandFeaturedEvent event) {
        featured = true;
    }

    @EventSourcingHandler
    void on(BrandUnfeaturedEvent event) {
        featured = false;
    }

    @EventSourcingHandler
    void on(BrandDeletedEvent event) {
        markDeleted();
    }
}
