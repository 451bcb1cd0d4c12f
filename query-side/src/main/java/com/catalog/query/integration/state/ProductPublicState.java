package com.catalog.query.integration.state;

import com.catalog.events.integration.PriceV1;
import com.catalog.events.integration.ProductImageV1;
import com.catalog.events.integration.ProductStateV1;
import com.catalog.events.integration.ProductVariantV1;
import com.catalog.events.product.ProductCreatedEvent;
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

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A product's public state, folded from its internal events in sequence order. It keeps a current and a staged
 * {@link ProductVersion}, with the rule the product topic states for subscribers: a staged change (an edit of the
 * details, prices, variants or images of a published product, {@code staged: true}) lands on the staged version
 * only, and becomes public with {@code published} or {@code staged-changes-published}; a discard drops it. Every
 * other change is live and lands on both; an undo replaces both versions. The cost price is never read.
 */
public final class ProductPublicState {

    private String productId;
    private String sellerId;
    private String sku;
    private ProductStatus status;
    private boolean featured;
    private ProductVersion current;
    private ProductVersion staged;
    private long sequence;

    private ProductPublicState() {
    }

    /**
     * @param history  a product's internal events from its creation (sequence 0) on, in sequence order
     * @param position the global position of the last of them
     * @return the public state after them, or empty before the creation and while discontinued (a tombstone)
     */
    public static Optional<ProductStateV1> of(List<?> history, long position) {
        return folded(history).toPublic(position);
    }

    /** @param history a product's internal events from its creation (sequence 0) on, in sequence order */
    public static ProductPublicState folded(List<?> history) {
        ProductPublicState state = new ProductPublicState();
        history.forEach(state::apply);
        state.sequence = history.size() - 1L;
        return state;
    }

    /**
     * @param payload  the product's next event, of sequence {@link #sequence()} + 1
     * @return the state after it; this one is left as it was (a state can be shared between threads)
     */
    public ProductPublicState next(Object payload) {
        ProductPublicState next = new ProductPublicState();
        next.productId = productId;
        next.sellerId = sellerId;
        next.sku = sku;
        next.status = status;
        next.featured = featured;
        next.current = current;
        next.staged = staged;
        next.apply(payload);
        next.sequence = sequence + 1;
        return next;
    }

    /** @return the sequence number of the last event folded in */
    public long sequence() {
        return sequence;
    }

    /** @return the product's own (default) SKU, which never changes */
    public String sku() {
        return sku;
    }

    /** @return the current version's variants (what buyers can buy while the product is published) */
    public List<ProductVariantV1> currentVariants() {
        return List.copyOf(current.variants().values());
    }

    /** @return the staged version's variants (equal to the current ones when nothing is staged) */
    public List<ProductVariantV1> stagedVariants() {
        return List.copyOf(staged.variants().values());
    }

    private void apply(Object payload) {
        if (payload instanceof ProductCreatedEvent e) {
            created(e);
        } else if (!lifecycle(payload) && !live(payload)) {
            stagedOrPromoted(payload);
        }
    }

    /**
     * @param position the global position of the last event folded in
     * @return the public state, or empty before the creation and while discontinued (a tombstone)
     */
    public Optional<ProductStateV1> toPublic(long position) {
        if (status == null || status == ProductStatus.DISCONTINUED) {
            return Optional.empty();
        }
        var details = current.details();
        return Optional.of(new ProductStateV1(productId, sequence, position, sellerId, status.name(), sku,
                details.defaultLocale(), details.name(), details.slug(), details.description(),
                details.shortDescription(), details.attributes(), details.categoryId(), details.brandId(),
                current.prices(), current.compareAtPrices(), List.copyOf(current.variants().values()),
                current.images(), featured));
    }

    private void created(ProductCreatedEvent e) {
        productId = e.productId();
        sellerId = e.sellerId();
        sku = e.sku();
        status = ProductStatus.DRAFT;
        current = new ProductVersion(e.details(), ProductVersion.prices(e.prices()),
                ProductVersion.prices(e.compareAtPrices()), Map.of(), List.of());
        staged = current;
    }

    private boolean lifecycle(Object payload) {
        if (payload instanceof ProductPublishedEvent) {
            status = ProductStatus.PUBLISHED;
            current = staged;
        } else if (payload instanceof ProductUnpublishedEvent) {
            status = ProductStatus.UNPUBLISHED;
        } else if (payload instanceof ProductDiscontinuedEvent) {
            status = ProductStatus.DISCONTINUED;
        } else if (payload instanceof ProductRestoredEvent e) {
            status = e.restoredStatus();
        } else if (payload instanceof ProductFeaturedEvent || payload instanceof ProductUnfeaturedEvent) {
            featured = payload instanceof ProductFeaturedEvent;
        } else {
            return false;
        }
        return true;
    }

    /**
     * Prices, variants and images: staged like details once the product was published ({@code staged: true}), else
     * seen at once; a deleted category's or brand's replacement is always seen at once.
     */
    private boolean live(Object payload) {
        if (payload instanceof ProductPriceChangedEvent e) {
            change(e.staged(), v -> v.withPrice(e.oldPriceCurrency(), new PriceV1(e.newPriceAmount(), e.newPriceCurrency())));
        } else if (payload instanceof ProductPricesChangedEvent e) {
            change(e.staged(), v -> v.withPrices(ProductVersion.prices(e.pricesAfter()), ProductVersion.prices(e.compareAtPricesAfter())));
        } else if (payload instanceof ProductVariantAddedEvent e) {
            change(e.staged(), v -> v.withVariant(e.variantId(), none -> new ProductVariantV1(e.variantId(), e.sku(), e.options(),
                    ProductVersion.prices(e.prices()))));
        } else if (payload instanceof ProductVariantChangedEvent e) {
            change(e.staged(), v -> v.withVariant(e.variantId(), variant -> variant == null ? null : new ProductVariantV1(
                    variant.variantId(), variant.sku(), e.optionsAfter(), ProductVersion.prices(e.pricesAfter()))));
        } else if (payload instanceof ProductVariantRemovedEvent e) {
            change(e.staged(), v -> v.withVariant(e.variantId(), removed -> null));
        } else if (payload instanceof ProductReferenceReassignedEvent e) {
            change(false, v -> v.withDetails(e::applyTo));
        } else {
            return images(payload);
        }
        return true;
    }

    private boolean images(Object payload) {
        if (payload instanceof ProductImageAddedEvent e) {
            change(e.staged(), v -> v.withImages(images -> append(images, new ProductImageV1(e.imageId(), e.url(), e.altText()))));
        } else if (payload instanceof ProductImageRemovedEvent e) {
            change(e.staged(), v -> v.withImages(images -> images.stream().filter(i -> !i.imageId().equals(e.imageId())).toList()));
        } else if (payload instanceof ProductImagesReorderedEvent e) {
            change(e.staged(), v -> v.withImages(images -> images.stream()
                    .sorted(Comparator.comparingInt(i -> e.after().indexOf(i.imageId()))).toList()));
        } else {
            return false;
        }
        return true;
    }

    private void stagedOrPromoted(Object payload) {
        if (payload instanceof ProductDetailsChangedEvent e) {
            UnaryOperator<ProductVersion> edit = v -> v.withDetails(d -> d.withChanges(e.changedFields(), e.after()));
            staged = edit.apply(staged);
            if (!e.staged()) {
                current = edit.apply(current);
            }
        } else if (payload instanceof ProductStagedChangesPublishedEvent) {
            current = staged;
        } else if (payload instanceof ProductStagedChangesDiscardedEvent) {
            staged = current;
        } else if (payload instanceof ProductRevertedEvent e) {
            current = ProductVersion.of(e.current(), e.prices(), e.compareAtPrices(), e.variants(), e.images());
            staged = ProductVersion.of(e.staged(), e.stagedPrices(), e.stagedCompareAtPrices(), e.stagedVariants(),
                    e.stagedImages());
        }
    }

    /** Every change lands on the staged version; one that is not staged (a draft's, or a live one) on both. */
    private void change(boolean stagedOnly, UnaryOperator<ProductVersion> change) {
        staged = change.apply(staged);
        if (!stagedOnly) {
            current = change.apply(current);
        }
    }

    private static List<ProductImageV1> append(List<ProductImageV1> images, ProductImageV1 image) {
        images.add(image);
        return images;
    }
}
