package com.catalog.inventory;

import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductDiscontinuedIntegrationEvent;
import com.catalog.events.integration.ProductPriceChangedIntegrationEvent;
import com.catalog.events.integration.ProductPublishedIntegrationEvent;
import com.catalog.events.integration.ProductRestoredIntegrationEvent;
import com.catalog.events.integration.ProductRevertedIntegrationEvent;
import com.catalog.events.integration.ProductVariantV1;
import com.catalog.events.integration.ProductStagedChangesDiscardedIntegrationEvent;
import com.catalog.events.integration.ProductStagedChangesPublishedIntegrationEvent;
import com.catalog.events.integration.ProductUnpublishedIntegrationEvent;
import com.catalog.events.integration.ProductVariantAddedIntegrationEvent;
import com.catalog.events.integration.ProductVariantChangedIntegrationEvent;
import com.catalog.events.integration.ProductVariantRemovedIntegrationEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies one public catalog event to the stock items in one PostgreSQL transaction: de-duplicates by ce_id, drops
 * anything at or below the product's last applied sequence, and skips ce_types it does not know (the contract only
 * grows additively, so a newer catalog may publish types this version has never heard of).
 */
@Service
public class CatalogEventApplier {

    private static final Logger log = LoggerFactory.getLogger(CatalogEventApplier.class);
    private static final Set<String> STATUS_CHANGES = Set.of(ProductPublishedIntegrationEvent.TYPE,
            ProductUnpublishedIntegrationEvent.TYPE, ProductDiscontinuedIntegrationEvent.TYPE);
    /** Events that carry a product's SKUs as a whole: the subscriber resets its copy from them. */
    private static final Set<String> SKU_RESETS = Set.of(ProductRevertedIntegrationEvent.TYPE,
            ProductRestoredIntegrationEvent.TYPE);
    /** Events that change nothing a stock item keeps (prices, a variant's options), but move its sequence. */
    private static final Set<String> SEQUENCE_ONLY = Set.of(ProductPriceChangedIntegrationEvent.TYPE,
            ProductVariantChangedIntegrationEvent.TYPE);
    private static final Set<String> SKU_CHANGES = Set.of(ProductVariantAddedIntegrationEvent.TYPE,
            ProductVariantRemovedIntegrationEvent.TYPE);
    /** The staged SKU changes of a published product become buyable, or are dropped. */
    private static final Set<String> STAGED_OUTCOMES = Set.of(ProductStagedChangesPublishedIntegrationEvent.TYPE,
            ProductStagedChangesDiscardedIntegrationEvent.TYPE);

    private final StockItems stockItems;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Set<String> unknownTypesSeen = ConcurrentHashMap.newKeySet();

    CatalogEventApplier(StockItems stockItems, ObjectMapper json, MeterRegistry meters) {
        this.stockItems = stockItems;
        this.json = json;
        this.meters = meters;
    }

    /** @throws MalformedCatalogEventException if a known type's body does not match its schema */
    @Transactional
    public ApplyOutcome apply(CatalogEvent event) {
        ApplyOutcome outcome = applyKnown(event);
        meters.counter("inventory.events", "outcome", outcome.name().toLowerCase()).increment();
        return outcome;
    }

    private ApplyOutcome applyKnown(CatalogEvent event) {
        if (!isKnown(event.type())) {
            return unknown(event);
        }
        if (!stockItems.remember(event.id(), event.productId())) {
            return ApplyOutcome.DUPLICATE;
        }
        return write(event) ? ApplyOutcome.APPLIED : ApplyOutcome.STALE;
    }

    private boolean write(CatalogEvent event) {
        if (ProductCreatedIntegrationEvent.TYPE.equals(event.type())) {
            ProductCreatedIntegrationEvent created = body(event, ProductCreatedIntegrationEvent.class);
            return stockItems.created(event, List.of(present(event, created.sku())), present(event, created.status()));
        }
        if (ProductVariantAddedIntegrationEvent.TYPE.equals(event.type())) {
            ProductVariantAddedIntegrationEvent added = body(event, ProductVariantAddedIntegrationEvent.class);
            String sku = present(event, added.sku());
            return added.staged() ? stockItems.stagedSkuAdded(event, sku) : stockItems.skuAdded(event, sku);
        }
        if (ProductVariantRemovedIntegrationEvent.TYPE.equals(event.type())) {
            ProductVariantRemovedIntegrationEvent removed = body(event, ProductVariantRemovedIntegrationEvent.class);
            String sku = present(event, removed.sku());
            return removed.staged() ? stockItems.stagedSkuRemoved(event, sku) : stockItems.skuRemoved(event, sku);
        }
        if (STAGED_OUTCOMES.contains(event.type())) {
            return stockItems.stagedSkusSettled(event, ProductStagedChangesPublishedIntegrationEvent.TYPE.equals(event.type()));
        }
        if (SKU_RESETS.contains(event.type())) {
            return reset(event);
        }
        if (SEQUENCE_ONLY.contains(event.type())) {
            return stockItems.sequenceOnly(event);
        }
        // all lifecycle changes share the shape (statusBefore, statusAfter)
        return stockItems.statusChanged(event, present(event, body(event, ProductPublishedIntegrationEvent.class).statusAfter()),
                ProductPublishedIntegrationEvent.TYPE.equals(event.type()));
    }

    /**
     * An undo replaces the SKUs (its status is not reverted). A restore sets the status and, on records that carry
     * them, the SKUs; an older restore record without them changes the status only.
     */
    private boolean reset(CatalogEvent event) {
        if (ProductRevertedIntegrationEvent.TYPE.equals(event.type())) {
            ProductRevertedIntegrationEvent reverted = body(event, ProductRevertedIntegrationEvent.class);
            return stockItems.skusReset(event, SkuReset.of(reverted.sku(),
                    present(event, reverted.variants()).stream().map(v -> present(event, v.sku())).toList(),
                    present(event, reverted.stagedVariants()).stream().map(v -> present(event, v.sku())).toList()));
        }
        ProductRestoredIntegrationEvent restored = body(event, ProductRestoredIntegrationEvent.class);
        String status = present(event, restored.statusAfter());
        if (restored.variants() == null || restored.stagedVariants() == null) {
            return stockItems.statusChanged(event, status, false);
        }
        return stockItems.restored(event, status, SkuReset.of(restored.sku(), skus(event, restored.variants()),
                skus(event, restored.stagedVariants())));
    }

    private static List<String> skus(CatalogEvent event, List<ProductVariantV1> variants) {
        return variants.stream().map(v -> present(event, v.sku())).toList();
    }

    private static <T> T present(CatalogEvent event, T required) {
        if (required == null) {
            throw new MalformedCatalogEventException(event, new IllegalArgumentException("a required field is missing"));
        }
        return required;
    }

    private static boolean isKnown(String type) {
        return ProductCreatedIntegrationEvent.TYPE.equals(type) || SEQUENCE_ONLY.contains(type) || SKU_RESETS.contains(type)
                || SKU_CHANGES.contains(type) || STATUS_CHANGES.contains(type) || STAGED_OUTCOMES.contains(type);
    }

    private ApplyOutcome unknown(CatalogEvent event) {
        meters.counter("inventory.events.unknown-type", "type", String.valueOf(event.type())).increment();
        if (unknownTypesSeen.add(String.valueOf(event.type()))) {
            log.warn("Skipping catalog events of unknown type {} (first seen: event {}, product {}); "
                    + "counted in inventory.events.unknown-type", event.type(), event.id(), event.productId());
        } else {
            log.debug("Skipping event {} of unknown type {}", event.id(), event.type());
        }
        return ApplyOutcome.UNKNOWN_TYPE;
    }

    private <T> T body(CatalogEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedCatalogEventException(event, e);
        }
    }
}
