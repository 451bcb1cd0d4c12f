package com.catalog.query.integration;

import com.catalog.events.integration.PriceV1;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductDiscontinuedIntegrationEvent;
import com.catalog.events.integration.ProductPriceChangedIntegrationEvent;
import com.catalog.events.integration.ProductPublishedIntegrationEvent;
import com.catalog.events.integration.ProductRestoredIntegrationEvent;
import com.catalog.events.integration.ProductUnpublishedIntegrationEvent;
import com.catalog.events.integration.ProductDetailsChangedIntegrationEvent;
import com.catalog.events.integration.ProductStagedChangesDiscardedIntegrationEvent;
import com.catalog.events.integration.ProductStagedChangesPublishedIntegrationEvent;
import com.catalog.events.integration.ProductVariantAddedIntegrationEvent;
import com.catalog.events.integration.ProductVariantChangedIntegrationEvent;
import com.catalog.events.integration.ProductVariantRemovedIntegrationEvent;
import com.catalog.events.integration.ProductFeaturedIntegrationEvent;
import com.catalog.events.integration.ProductImageAddedIntegrationEvent;
import com.catalog.events.integration.ProductImageRemovedIntegrationEvent;
import com.catalog.events.integration.ProductImagesReorderedIntegrationEvent;
import com.catalog.events.integration.ProductUnfeaturedIntegrationEvent;
import com.catalog.events.integration.ProductPricesChangedIntegrationEvent;
import com.catalog.events.integration.ProductRevertedIntegrationEvent;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductFeaturedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImageRemovedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductUnfeaturedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductReferenceReassignedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.query.integration.state.ProductPublicState;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one mapping from internal product events to the public contract: which internal event has a public
 * counterpart, its integration event body and its CloudEvents attributes. Used by the Kafka publisher and by the
 * catch-up API alike, so both always say the same thing.
 */
@Component
public class ProductIntegrationEvents {

    static final String DRAFT = ProductStatus.DRAFT.name();

    private final IntegrationProperties properties;
    private final AggregateHistory history;

    ProductIntegrationEvents(IntegrationProperties properties, AggregateHistory history) {
        this.properties = properties;
        this.history = history;
    }

    /**
     * @param payload an internal event payload of any kind
     * @return its public counterpart, or empty for events that are never published (users, the private cost price,
     *         unknown types)
     */
    public Optional<IntegrationEventEnvelope> of(Object payload, EventCoordinates coordinates) {
        if (payload instanceof ProductCreatedEvent event) {
            return Optional.of(created(event, coordinates));
        } else if (payload instanceof ProductPublishedEvent event) {
            return Optional.of(published(event, coordinates));
        } else if (payload instanceof ProductUnpublishedEvent event) {
            return Optional.of(unpublished(event, coordinates));
        } else if (payload instanceof ProductDiscontinuedEvent event) {
            return Optional.of(discontinued(event, coordinates));
        } else if (payload instanceof ProductRestoredEvent event) {
            return Optional.of(restored(event, coordinates));
        } else if (payload instanceof ProductPriceChangedEvent event) {
            return Optional.of(priceChanged(event, coordinates));
        } else if (payload instanceof ProductPricesChangedEvent event) {
            return Optional.of(envelope(ProductPricesChangedIntegrationEvent.TYPE, event.productId(), coordinates,
                    new ProductPricesChangedIntegrationEvent(event.productId(), coordinates.sequence(),
                            prices(event.pricesBefore()), prices(event.pricesAfter()),
                            prices(event.compareAtPricesBefore()), prices(event.compareAtPricesAfter()), event.staged())));
        } else if (payload instanceof ProductDetailsChangedEvent event) {
            return Optional.of(detailsChanged(event, coordinates));
        } else if (payload instanceof ProductReferenceReassignedEvent event) {
            return Optional.of(referenceReassigned(event, coordinates));
        } else if (payload instanceof ProductStagedChangesPublishedEvent event) {
            return Optional.of(envelope(ProductStagedChangesPublishedIntegrationEvent.TYPE, event.productId(), coordinates,
                    new ProductStagedChangesPublishedIntegrationEvent(event.productId(), coordinates.sequence())));
        } else if (payload instanceof ProductVariantAddedEvent event) {
            return Optional.of(envelope(ProductVariantAddedIntegrationEvent.TYPE, event.productId(), coordinates,
                    new ProductVariantAddedIntegrationEvent(event.productId(), coordinates.sequence(), event.variantId(),
                            event.sku(), event.options(), prices(event.prices()), event.staged())));
        } else if (payload instanceof ProductVariantChangedEvent event) {
            return Optional.of(envelope(ProductVariantChangedIntegrationEvent.TYPE, event.productId(), coordinates,
                    new ProductVariantChangedIntegrationEvent(event.productId(), coordinates.sequence(), event.variantId(),
                            event.changedFields(), event.optionsBefore(), event.optionsAfter(),
                            prices(event.pricesBefore()), prices(event.pricesAfter()), event.staged())));
        } else if (payload instanceof ProductVariantRemovedEvent event) {
            return Optional.of(envelope(ProductVariantRemovedIntegrationEvent.TYPE, event.productId(), coordinates,
                    new ProductVariantRemovedIntegrationEvent(event.productId(), coordinates.sequence(), event.variantId(),
                            event.sku(), event.staged())));
        }
        return media(payload, coordinates);
    }

    /** Images and featuring: their public events carry what the internal ones do. */
    private Optional<IntegrationEventEnvelope> media(Object payload, EventCoordinates coordinates) {
        long sequence = coordinates.sequence();
        if (payload instanceof ProductImageAddedEvent e) {
            return Optional.of(envelope(ProductImageAddedIntegrationEvent.TYPE, e.productId(), coordinates,
                    new ProductImageAddedIntegrationEvent(e.productId(), sequence, e.imageId(), e.url(), e.altText(), e.staged())));
        } else if (payload instanceof ProductImagesReorderedEvent e) {
            return Optional.of(envelope(ProductImagesReorderedIntegrationEvent.TYPE, e.productId(), coordinates,
                    new ProductImagesReorderedIntegrationEvent(e.productId(), sequence, e.before(), e.after(), e.staged())));
        } else if (payload instanceof ProductImageRemovedEvent e) {
            return Optional.of(envelope(ProductImageRemovedIntegrationEvent.TYPE, e.productId(), coordinates,
                    new ProductImageRemovedIntegrationEvent(e.productId(), sequence, e.imageId(), e.url(), e.staged())));
        } else if (payload instanceof ProductFeaturedEvent e) {
            return Optional.of(envelope(ProductFeaturedIntegrationEvent.TYPE, e.productId(), coordinates,
                    new ProductFeaturedIntegrationEvent(e.productId(), sequence)));
        } else if (payload instanceof ProductUnfeaturedEvent e) {
            return Optional.of(envelope(ProductUnfeaturedIntegrationEvent.TYPE, e.productId(), coordinates,
                    new ProductUnfeaturedIntegrationEvent(e.productId(), sequence)));
        } else if (payload instanceof ProductRevertedEvent e) {
            return Optional.of(reverted(e, coordinates));
        } else if (payload instanceof ProductStagedChangesDiscardedEvent event) {
            return Optional.of(envelope(ProductStagedChangesDiscardedIntegrationEvent.TYPE, event.productId(), coordinates,
                    new ProductStagedChangesDiscardedIntegrationEvent(event.productId(), coordinates.sequence())));
        }
        return Optional.empty();
    }

    IntegrationEventEnvelope created(ProductCreatedEvent event, EventCoordinates coordinates) {
        return envelope(ProductCreatedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductCreatedIntegrationEvent(event.productId(), event.sellerId(), coordinates.sequence(),
                        event.name().get(event.defaultLocale()), event.description().get(event.defaultLocale()),
                        event.sku(), price(event.primaryPrice()), DRAFT, event.defaultLocale(), event.name(),
                        event.slug(), event.description(), event.shortDescription(), prices(event.prices()),
                        prices(event.compareAtPrices()), event.attributes(), event.categoryId(), event.brandId()));
    }

    IntegrationEventEnvelope detailsChanged(ProductDetailsChangedEvent event, EventCoordinates coordinates) {
        return envelope(ProductDetailsChangedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductDetailsChangedIntegrationEvent(event.productId(), coordinates.sequence(),
                        PublicDetails.fieldNames(event.changedFields()),
                        PublicDetails.of(event.changedFields(), event.before()),
                        PublicDetails.of(event.changedFields(), event.after()), event.staged()));
    }

    /**
     * A deleted category or brand was replaced: public as a details change of the live product (not staged), so a
     * subscriber needs no type of its own for it.
     */
    IntegrationEventEnvelope referenceReassigned(ProductReferenceReassignedEvent event, EventCoordinates coordinates) {
        List<String> changed = List.of(event.reference());
        return envelope(ProductDetailsChangedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductDetailsChangedIntegrationEvent(event.productId(), coordinates.sequence(),
                        PublicDetails.fieldNames(changed),
                        PublicDetails.of(changed, referencing(event.reference(), event.fromId())),
                        PublicDetails.of(changed, referencing(event.reference(), event.toId())), false));
    }

    /**
     * Both versions, the staged one told apart as in every staged change: buyers' lists stay the unprefixed ones.
     * The product's own SKU, which an undo never changes, comes from its creation event (one indexed read), so a
     * subscriber can reset all its SKUs from this event alone.
     */
    IntegrationEventEnvelope reverted(ProductRevertedEvent event, EventCoordinates coordinates) {
        return envelope(ProductRevertedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductRevertedIntegrationEvent(event.productId(), coordinates.sequence(), event.revertedToVersion(),
                        PublicDetails.all(event.current()), PublicDetails.all(event.staged()), prices(event.prices()),
                        prices(event.compareAtPrices()), variants(event.variants()), images(event.images()),
                        prices(event.stagedPrices()), prices(event.stagedCompareAtPrices()),
                        variants(event.stagedVariants()), images(event.stagedImages()), ownSku(event.productId())));
    }

    private String ownSku(String productId) {
        return history.before(productId, 1).stream().filter(ProductCreatedEvent.class::isInstance)
                .map(created -> ((ProductCreatedEvent) created).sku()).findFirst().orElse(null);
    }

    private static List<ProductRevertedIntegrationEvent.Variant> variants(List<ProductRevertedEvent.Variant> variants) {
        return variants.stream().map(v -> new ProductRevertedIntegrationEvent.Variant(v.variantId(), v.sku(), v.options(),
                prices(v.prices()))).toList();
    }

    private static List<ProductRevertedIntegrationEvent.Image> images(List<ProductRevertedEvent.Image> images) {
        return images.stream().map(i -> new ProductRevertedIntegrationEvent.Image(i.imageId(), i.url(), i.altText()))
                .toList();
    }

    private static ProductDetailFields referencing(String reference, String id) {
        boolean category = "categoryId".equals(reference);
        return new ProductDetailFields(null, null, null, null, null, null, category ? id : null, category ? null : id);
    }

    private static PriceV1 price(CurrencyAmount price) {
        return new PriceV1(price.amount(), price.currency());
    }

    private static List<PriceV1> prices(List<CurrencyAmount> prices) {
        return prices.stream().map(ProductIntegrationEvents::price).toList();
    }

    IntegrationEventEnvelope published(ProductPublishedEvent event, EventCoordinates coordinates) {
        return envelope(ProductPublishedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductPublishedIntegrationEvent(event.productId(), coordinates.sequence(),
                        event.previousStatus().name(), ProductStatus.PUBLISHED.name()));
    }

    IntegrationEventEnvelope unpublished(ProductUnpublishedEvent event, EventCoordinates coordinates) {
        return envelope(ProductUnpublishedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductUnpublishedIntegrationEvent(event.productId(), coordinates.sequence(),
                        event.previousStatus().name(), ProductStatus.UNPUBLISHED.name()));
    }

    IntegrationEventEnvelope discontinued(ProductDiscontinuedEvent event, EventCoordinates coordinates) {
        return envelope(ProductDiscontinuedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductDiscontinuedIntegrationEvent(event.productId(), coordinates.sequence(),
                        event.previousStatus().name(), ProductStatus.DISCONTINUED.name()));
    }

    /**
     * With the SKUs the product has again, folded from its history (restores are rare admin actions, so the read is
     * cheap overall): a subscriber that knew the product only from a tombstone gets them back from this event alone.
     */
    IntegrationEventEnvelope restored(ProductRestoredEvent event, EventCoordinates coordinates) {
        List<Object> events = new ArrayList<>(history.before(event.productId(), coordinates.sequence()));
        events.add(event);
        ProductPublicState state = ProductPublicState.folded(events);
        return envelope(ProductRestoredIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductRestoredIntegrationEvent(event.productId(), coordinates.sequence(),
                        ProductStatus.DISCONTINUED.name(), event.restoredStatus().name(), state.sku(),
                        state.currentVariants(), state.stagedVariants()));
    }

    IntegrationEventEnvelope priceChanged(ProductPriceChangedEvent event, EventCoordinates coordinates) {
        return envelope(ProductPriceChangedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductPriceChangedIntegrationEvent(event.productId(), coordinates.sequence(),
                        new PriceV1(event.oldPriceAmount(), event.oldPriceCurrency()),
                        new PriceV1(event.newPriceAmount(), event.newPriceCurrency()), event.staged()));
    }

    /** Every product event goes to the one product topic with the product as subject (and Kafka key). */
    private IntegrationEventEnvelope envelope(String type, String productId, EventCoordinates coordinates, Object body) {
        return IntegrationEventEnvelope.of(type, ProductCreatedIntegrationEvent.TOPIC, properties.source(), productId,
                coordinates, body);
    }
}
