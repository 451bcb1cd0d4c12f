package com.catalog.command.product;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.catalog.command.domain.Actor;
import com.catalog.command.domain.ExpectedVersion;
import com.catalog.command.product.changedetails.PatchProductDetailsCommand;
import com.catalog.command.product.changedetails.ReplaceProductDetailsCommand;
import com.catalog.command.product.changeprice.ChangeProductPriceCommand;
import com.catalog.command.product.changeprices.ReplaceProductPricesCommand;
import com.catalog.command.product.costprice.ChangeProductCostPriceCommand;
import com.catalog.command.product.create.CreateProductCommand;
import com.catalog.command.product.discardstaged.DiscardStagedChangesCommand;
import com.catalog.command.product.discontinue.DiscontinueProductCommand;
import com.catalog.command.product.feature.FeatureProductCommand;
import com.catalog.command.product.images.AddProductImageCommand;
import com.catalog.command.product.images.RemoveProductImageCommand;
import com.catalog.command.product.images.ReorderProductImagesCommand;
import com.catalog.command.product.publish.PublishProductCommand;
import com.catalog.command.product.reassignment.ReassignProductReferenceCommand;
import com.catalog.command.product.restore.RestoreProductCommand;
import com.catalog.command.product.restore.RevertProductCommand;
import com.catalog.command.product.unpublish.UnpublishProductCommand;
import com.catalog.command.product.variants.AddProductVariantCommand;
import com.catalog.command.product.variants.ChangeProductVariantCommand;
import com.catalog.command.product.variants.RemoveProductVariantCommand;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCostPriceChangedEvent;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductFeaturedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImageRemovedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductReferenceReassignedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnfeaturedEvent;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A product offered by one seller. Event-sourced: its state is rebuilt from its events on every command.
 * Every command after creation checks, in this order: who acts (403), the version the caller saw (412), then the
 * product's own rules (409/422).
 * <p>
 * Staged and current details, as commercetools has them: until its first publication a product's edits apply to
 * both; afterwards they go to the staged version only, which buyers see once the product is published again
 * (or which the owner discards). Prices, variants and images are staged alike ({@link ProductContent}); the cost
 * price is not, as buyers never see it.
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
    private ProductDetailFields current;
    private ProductDetailFields staged;
    /** Prices, variants and images buyers see. */
    private ProductContent currentContent;
    /** Prices, variants and images as edited: every rule is checked against these. */
    private ProductContent stagedContent;
    /** From the first publication on, edits are staged. */
    private boolean publishedOnce;
    private boolean featured;
    /** What the seller pays; private to the owner and admins. */
    private Money costPrice;

    /** For Axon, which rebuilds the aggregate from its events. */
    Product() {
    }

    @CommandHandler
    Product(CreateProductCommand command, SkuReservations skuReservations, SlugReservations slugReservations,
            CatalogReferences references) {
        ProductRules.requireSeller(command.sellerId());
        ProductRules.requireValidDetails(command.details());
        ProductRules.requireValidPrices(command.prices(), command.compareAtPrices());
        requireUsableReferences(command.details(), List.of("categoryId", "brandId"), references);
        if (!skuReservations.reserve(command.sku(), command.productId())) {
            throw new SkuAlreadyTakenException(command.sku());
        }
        if (!slugReservations.reserve(command.details().slug(), command.productId())) {
            throw new SlugAlreadyTakenException(command.details().slug());
        }
        apply(ProductCreatedEvent.of(command.productId(), command.sellerId(), command.details(), command.sku(),
                command.prices(), command.compareAtPrices(), command.costPrice()));
    }

    /** Publishing makes the staged version current; SKUs of variants it no longer has are free from then on. */
    @CommandHandler
    void handle(PublishProductCommand command, SkuReservations skuReservations) {
        ProductAccess.requireOwnerOrAdmin(command.actor(), sellerId);
        ExpectedVersion.require(id, command.expectedVersion());
        if (status == ProductStatus.PUBLISHED && hasStagedChanges()) {
            releaseSkusOnlyIn(currentContent, stagedContent, skuReservations);
            apply(ProductStagedChangesPublishedEvent.of(command.productId()));
            return;
        }
        ProductLifecycle.requireTransition(status, ProductStatus.PUBLISHED);
        releaseSkusOnlyIn(currentContent, stagedContent, skuReservations);
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
        command.actor().requireAdmin("restore a discontinued product");
        ExpectedVersion.require(id, command.expectedVersion());
        if (status != ProductStatus.DISCONTINUED) {
            throw IllegalStatusTransitionException.notDiscontinued(status);
        }
        apply(ProductRestoredEvent.of(command.productId(), statusBeforeDiscontinued));
    }

    /**
     * Undo: the details, prices, variants and images of both versions (current and staged) as they were at the version
     * asked for,
     * as one compensating event. Status, owner, SKU, cost price and featuring stay as they are now. The set-based
     * rules hold as for any edit: a slug or variant SKU that another product took meanwhile is a conflict.
     */
    @CommandHandler
    void handle(RevertProductCommand command, ProductHistory history, SkuReservations skuReservations,
                SlugReservations slugReservations, CatalogReferences references) {
        requireEditable(command.actor(), command.expectedVersion());
        long latest = AggregateLifecycle.getVersion();
        if (command.version() < 1 || command.version() >= latest) {
            throw new InvalidRevertVersionException(command.version(), latest);
        }
        List<DomainEventMessage<?>> events = history.upTo(command.productId(), command.version());
        Map<String, String> altTexts = ProductPast.altTexts(events);
        ProductRevertedEvent reverted = ProductPast.replay(events).stateAt(command.version(), altTexts);
        if (reverted.equals(stateAt(command.version(), altTexts))) {
            return;
        }
        requireUsableReferences(reverted.current(), DetailChanges.changedFields(current, reverted.current()), references);
        requireUsableReferences(reverted.staged(), DetailChanges.changedFields(staged, reverted.staged()), references);
        for (ProductDetailFields details : List.of(reverted.current(), reverted.staged())) {
            boolean held = details.slug().equals(staged.slug()) || details.slug().equals(current.slug());
            if (!held && !slugReservations.reserve(details.slug(), command.productId())) {
                throw new SlugAlreadyTakenException(details.slug());
            }
        }
        moveVariantSkus(reverted, command.productId(), skuReservations);
        apply(reverted);
    }

    @CommandHandler
    void handle(ChangeProductPriceCommand command) {
        requireEditable(command.actor(), command.expectedVersion());
        Money old = stagedContent.prices().getOrDefault(command.price().currency(), primaryPrice());
        if (!command.price().equals(old)) {
            apply(ProductPriceChangedEvent.of(command.productId(), old, command.price(), publishedOnce));
        }
    }

    @CommandHandler
    void handle(ReplaceProductPricesCommand command) {
        requireEditable(command.actor(), command.expectedVersion());
        ProductRules.requireValidPrices(command.prices(), command.compareAtPrices());
        List<CurrencyAmount> before = CurrencyAmount.of(List.copyOf(stagedContent.prices().values()));
        List<CurrencyAmount> after = CurrencyAmount.of(command.prices());
        List<CurrencyAmount> compareAtBefore = stagedContent.compareAtPrices();
        List<CurrencyAmount> compareAtAfter = CurrencyAmount.of(command.compareAtPrices());
        if (!before.equals(after) || !compareAtBefore.equals(compareAtAfter)) {
            apply(new ProductPricesChangedEvent(id, before, after, compareAtBefore, compareAtAfter, publishedOnce));
        }
    }

    /** Not staged: buyers never see the cost price, so there is nothing to publish. */
    @CommandHandler
    void handle(ChangeProductCostPriceCommand command) {
        requireEditable(command.actor(), command.expectedVersion());
        if (!Objects.equals(command.costPrice(), costPrice)) {
            apply(ProductCostPriceChangedEvent.of(command.productId(), costPrice, command.costPrice()));
        }
    }

    @CommandHandler
    void handle(ReplaceProductDetailsCommand command, SlugReservations slugReservations, CatalogReferences references) {
        requireEditable(command.actor(), command.expectedVersion());
        changeDetails(command.productId(), command.details(), slugReservations, references);
    }

    @CommandHandler
    void handle(PatchProductDetailsCommand command, SlugReservations slugReservations, CatalogReferences references) {
        requireEditable(command.actor(), command.expectedVersion());
        changeDetails(command.productId(), DetailsMergePatch.apply(staged, command.mergePatch()), slugReservations,
                references);
    }

    /** SKUs of variants only the staged version has are free again. */
    @CommandHandler
    void handle(DiscardStagedChangesCommand command, SkuReservations skuReservations) {
        requireEditable(command.actor(), command.expectedVersion());
        if (!hasStagedChanges()) {
            throw new NoStagedChangesException();
        }
        releaseSkusOnlyIn(stagedContent, currentContent, skuReservations);
        apply(ProductStagedChangesDiscardedEvent.of(command.productId()));
    }

    @CommandHandler
    void handle(AddProductVariantCommand command, SkuReservations skuReservations) {
        requireEditable(command.actor(), command.expectedVersion());
        if (stagedContent.variants().contains(command.variantId())
                || currentContent.variants().contains(command.variantId())) {
            throw InvalidVariantException.duplicateId();
        }
        if (stagedContent.variants().size() >= ProductLimits.VARIANTS_MAX) {
            throw InvalidVariantException.tooMany();
        }
        Map<String, String> options = Map.copyOf(command.options());
        requireFreeOptions(options);
        requireVariantPrices(command.prices());
        requireSkuFor(command.sku(), skuReservations);
        apply(new ProductVariantAddedEvent(id, command.variantId(), command.sku().value(), options,
                CurrencyAmount.of(command.prices()), publishedOnce));
    }

    @CommandHandler
    void handle(ChangeProductVariantCommand command) {
        requireEditable(command.actor(), command.expectedVersion());
        ProductVariants.Variant old = requireVariant(command.variantId());
        Map<String, String> options = command.optionChanges() == null ? old.options()
                : ProductVariants.merged(old.options(), command.optionChanges());
        List<CurrencyAmount> prices = command.prices() == null ? old.prices() : CurrencyAmount.of(command.prices());
        List<String> changed = new ArrayList<>();
        if (!options.equals(old.options())) {
            changed.add("options");
        }
        if (!prices.equals(old.prices())) {
            changed.add("prices");
        }
        if (changed.isEmpty()) {
            return;
        }
        if (changed.contains("options")) {
            requireFreeOptions(options);
        }
        if (command.prices() != null) {
            requireVariantPrices(command.prices());
        }
        apply(new ProductVariantChangedEvent(id, command.variantId(), changed, old.options(), options, old.prices(), prices,
                publishedOnce));
    }

    @CommandHandler
    void handle(RemoveProductVariantCommand command, SkuReservations skuReservations) {
        requireEditable(command.actor(), command.expectedVersion());
        ProductVariants.Variant old = requireVariant(command.variantId());
        if (!publishedOnce) {
            skuReservations.release(Sku.of(old.sku()), command.productId());
        }
        // a staged removal keeps the SKU until it is published: a discard brings the variant back with it
        apply(new ProductVariantRemovedEvent(id, command.variantId(), old.sku(), publishedOnce));
    }

    @CommandHandler
    void handle(AddProductImageCommand command) {
        requireEditable(command.actor(), command.expectedVersion());
        ImageUrls.requireValid(command.url());
        String alt = command.altText() == null ? "" : command.altText();
        if (alt.length() > ProductLimits.IMAGE_ALT_MAX_LENGTH) {
            throw InvalidImageException.altTooLong();
        }
        if (stagedContent.images().size() >= ProductLimits.IMAGES_MAX) {
            throw InvalidImageException.tooMany();
        }
        apply(new ProductImageAddedEvent(id, command.imageId(), command.url(), alt, publishedOnce));
    }

    @CommandHandler
    void handle(ReorderProductImagesCommand command) {
        requireEditable(command.actor(), command.expectedVersion());
        Map<String, String> images = stagedContent.images();
        List<String> before = List.copyOf(images.keySet());
        if (command.imageIds().size() != before.size() || !Set.copyOf(command.imageIds()).equals(images.keySet())) {
            throw InvalidImageException.notAPermutation();
        }
        if (!command.imageIds().equals(before)) {
            apply(new ProductImagesReorderedEvent(id, before, command.imageIds(), publishedOnce));
        }
    }

    @CommandHandler
    void handle(RemoveProductImageCommand command) {
        requireEditable(command.actor(), command.expectedVersion());
        String url = stagedContent.images().get(command.imageId());
        if (url == null) {
            throw new AggregateNotFoundException(command.imageId(), "No image " + command.imageId() + " in product " + id);
        }
        apply(new ProductImageRemovedEvent(id, command.imageId(), url, publishedOnce));
    }

    /**
     * The system moves the product off a deleted category or brand: no owner check and no If-Match (no caller
     * saw a version), and discontinued products move too, so none keeps a dangling reference. Idempotent.
     */
    @CommandHandler
    void handle(ReassignProductReferenceCommand command) {
        var reassigned = new ProductReferenceReassignedEvent(id, command.reference(), command.fromId(), command.toId());
        boolean moves = !Objects.equals(reassigned.applyTo(current), current)
                || !Objects.equals(reassigned.applyTo(staged), staged);
        if (moves) {
            apply(reassigned);
        }
    }

    @CommandHandler
    void handle(FeatureProductCommand command) {
        command.actor().requireAdmin("feature or unfeature a product");
        ExpectedVersion.require(id, command.expectedVersion());
        if (status == ProductStatus.DISCONTINUED) {
            throw new ProductDiscontinuedException();
        }
        if (command.featured() && !featured) {
            apply(new ProductFeaturedEvent(id));
        } else if (!command.featured() && featured) {
            apply(new ProductUnfeaturedEvent(id));
        }
    }

    /** What an undo to {@code version} would restore, if this were the product at that version: both versions. */
    ProductRevertedEvent stateAt(long version, Map<String, String> altTexts) {
        return new ProductRevertedEvent(id, version, current, staged, currentContent.priceList(),
                currentContent.compareAtPrices(), currentContent.variants().all(), currentContent.imagesWith(altTexts),
                stagedContent.priceList(), stagedContent.compareAtPrices(), stagedContent.variants().all(),
                stagedContent.imagesWith(altTexts));
    }

    /**
     * Claims the SKUs of variants that come back and releases those of variants that go. The product holds the SKUs
     * of both versions' variants (a staged removal keeps its SKU until published), before and after alike.
     */
    private void moveVariantSkus(ProductRevertedEvent restored, ProductId productId, SkuReservations skuReservations) {
        Set<String> now = new HashSet<>(currentContent.variantSkus());
        now.addAll(stagedContent.variantSkus());
        Set<String> then = new HashSet<>();
        restored.variants().forEach(v -> then.add(v.sku()));
        restored.stagedVariants().forEach(v -> then.add(v.sku()));
        for (String sku : then) {
            if (!now.contains(sku) && !skuReservations.reserve(Sku.of(sku), productId)) {
                throw new SkuAlreadyTakenException(Sku.of(sku));
            }
        }
        now.stream().filter(sku -> !then.contains(sku)).forEach(sku -> skuReservations.release(Sku.of(sku), productId));
    }

    /** Well-formed and not another variant's. */
    private void requireFreeOptions(Map<String, String> options) {
        ProductVariants.requireValidOptions(options);
        if (stagedContent.variants().optionsTaken(options)) {
            throw InvalidVariantException.duplicateOptions();
        }
    }

    /** Empty (the product's prices apply) or one per currency. */
    private static void requireVariantPrices(List<Money> prices) {
        if (!prices.isEmpty()) {
            ProductRules.requireValidPrices(prices, List.of());
        }
    }

    private ProductVariants.Variant requireVariant(String variantId) {
        return stagedContent.variants().find(variantId)
                .orElseThrow(() -> new AggregateNotFoundException(variantId, "No variant " + variantId + " in product " + id));
    }

    private void changeDetails(ProductId productId, ProductDetailFields target, SlugReservations slugReservations,
                               CatalogReferences references) {
        ProductRules.requireValidDetails(target);
        List<String> changed = DetailChanges.changedFields(staged, target);
        if (changed.isEmpty()) {
            return;
        }
        requireUsableReferences(target, changed, references);
        if (changed.contains("slug") && !slugReservations.reserve(target.slug(), productId)) {
            throw new SlugAlreadyTakenException(target.slug());
        }
        apply(new ProductDetailsChangedEvent(productId.value(), changed, DetailChanges.only(changed, staged),
                DetailChanges.only(changed, target), publishedOnce));
    }

    /**
     * Only a reference being set is checked: a product keeps a category that was deactivated after it was placed
     * there (an unrelated edit must not fail), and clearing a reference (null) is always allowed.
     */
    private static void requireUsableReferences(ProductDetailFields details, List<String> fields,
                                                CatalogReferences references) {
        if (fields.contains("categoryId") && details.categoryId() != null
                && !references.categoryUsable(details.categoryId())) {
            throw InvalidReferenceException.category(details.categoryId());
        }
        if (fields.contains("brandId") && details.brandId() != null && !references.brandUsable(details.brandId())) {
            throw InvalidReferenceException.brand(details.brandId());
        }
    }

    private void requireChangeable(Actor actor, Long expectedVersion, ProductStatus target) {
        ProductAccess.requireOwnerOrAdmin(actor, sellerId);
        ExpectedVersion.require(id, expectedVersion);
        ProductLifecycle.requireTransition(status, target);
    }

    /** Owner or admin, at the version the caller saw, and not soft-deleted. */
    private void requireEditable(Actor actor, Long expectedVersion) {
        ProductAccess.requireOwnerOrAdmin(actor, sellerId);
        ExpectedVersion.require(id, expectedVersion);
        if (status == ProductStatus.DISCONTINUED) {
            throw new ProductDiscontinuedException();
        }
    }

    /**
     * A new variant's SKU must be free, or the product's own already: a variant removed in the staged version keeps
     * its SKU reserved until publication, so it may come back on another variant meanwhile.
     */
    private void requireSkuFor(Sku sku, SkuReservations skuReservations) {
        boolean removedInStagedVersion = currentContent.variantSkus().contains(sku.value())
                && !stagedContent.variantSkus().contains(sku.value());
        if (!removedInStagedVersion && !skuReservations.reserve(sku, new ProductId(id))) {
            throw new SkuAlreadyTakenException(sku);
        }
    }

    /** Frees the SKUs of variants that {@code left} has and {@code kept} has not. */
    private void releaseSkusOnlyIn(ProductContent left, ProductContent kept, SkuReservations skuReservations) {
        Set<String> keptSkus = kept.variantSkus();
        left.variantSkus().stream().filter(sku -> !keptSkus.contains(sku))
                .forEach(sku -> skuReservations.release(Sku.of(sku), new ProductId(id)));
    }

    private boolean hasStagedChanges() {
        return !staged.equals(current) || !stagedContent.sameAs(currentContent);
    }

    private Money primaryPrice() {
        return stagedContent.prices().values().iterator().next();
    }

    @EventSourcingHandler
    void on(ProductCreatedEvent event) {
        id = event.productId();
        sellerId = event.sellerId();
        status = ProductStatus.DRAFT;
        current = event.details();
        staged = current;
        currentContent = ProductContent.of(event.prices(), event.compareAtPrices());
        stagedContent = currentContent.copy();
        costPrice = event.costPrice() == null ? null : event.costPrice().toMoney();
    }

    @EventSourcingHandler
    void on(ProductPricesChangedEvent event) {
        stagedContent.on(event);
        if (!event.staged()) {
            currentContent.on(event);
        }
    }

    @EventSourcingHandler
    void on(ProductCostPriceChangedEvent event) {
        costPrice = event.after() == null ? null : event.after().toMoney();
    }

    @EventSourcingHandler
    void on(ProductPublishedEvent event) {
        status = ProductStatus.PUBLISHED;
        publishedOnce = true;
        current = staged;
        currentContent = stagedContent.copy();
    }

    @EventSourcingHandler
    void on(ProductStagedChangesPublishedEvent event) {
        current = staged;
        currentContent = stagedContent.copy();
    }

    @EventSourcingHandler
    void on(ProductStagedChangesDiscardedEvent event) {
        staged = current;
        stagedContent = currentContent.copy();
    }

    @EventSourcingHandler
    void on(ProductDetailsChangedEvent event) {
        staged = staged.withChanges(event.changedFields(), event.after());
        if (!event.staged()) {
            current = staged;
        }
    }

    @EventSourcingHandler
    void on(ProductReferenceReassignedEvent event) {
        current = event.applyTo(current);
        staged = event.applyTo(staged);
    }

    @EventSourcingHandler
    void on(ProductRevertedEvent event) {
        current = event.current();
        staged = event.staged();
        currentContent = ProductContent.restored(event.prices(), event.compareAtPrices(), event.variants(),
                event.images());
        stagedContent = ProductContent.restored(event.stagedPrices(), event.stagedCompareAtPrices(),
                event.stagedVariants(), event.stagedImages());
    }

    @EventSourcingHandler
    void on(ProductVariantAddedEvent event) {
        stagedContent.on(event);
        if (!event.staged()) {
            currentContent.on(event);
        }
    }

    @EventSourcingHandler
    void on(ProductVariantChangedEvent event) {
        stagedContent.on(event);
        if (!event.staged()) {
            currentContent.on(event);
        }
    }

    @EventSourcingHandler
    void on(ProductVariantRemovedEvent event) {
        stagedContent.on(event);
        if (!event.staged()) {
            currentContent.on(event);
        }
    }

    @EventSourcingHandler
    void on(ProductImageAddedEvent event) {
        stagedContent.on(event);
        if (!event.staged()) {
            currentContent.on(event);
        }
    }

    @EventSourcingHandler
    void on(ProductImagesReorderedEvent event) {
        stagedContent.on(event);
        if (!event.staged()) {
            currentContent.on(event);
        }
    }

    @EventSourcingHandler
    void on(ProductImageRemovedEvent event) {
        stagedContent.on(event);
        if (!event.staged()) {
            currentContent.on(event);
        }
    }

    @EventSourcingHandler
    void on(ProductFeaturedEvent event) {
        featured = true;
    }

    @EventSourcingHandler
    void on(ProductUnfeaturedEvent event) {
        featured = false;
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
        stagedContent.on(event);
        if (!event.staged()) {
            currentContent.on(event);
        }
    }
}
