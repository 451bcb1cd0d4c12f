package com.catalog.query.product.search;

import com.catalog.events.brand.BrandCreatedEvent;
import com.catalog.events.brand.BrandUpdatedEvent;
import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.category.CategoryDetailsChangedEvent;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductFeaturedEvent;
import com.catalog.events.product.ProductUnfeaturedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductReferenceReassignedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.query.product.ProductPrice;
import com.catalog.query.product.ProductStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@code catalog-products} index in step with the product events.
 * <p>
 * Writes use external versioning (sequence + 1) so replays and duplicates never overwrite newer state, and an
 * externally versioned write must be a whole document: Elasticsearch's partial update cannot carry an external
 * version. So a change (status, price) re-indexes the full document, taken from this projection's own state:
 * the newest document this batch already holds for the product, else the indexed one (a real-time get). Never
 * from the PostgreSQL read model, which another processor writes at its own pace. This is correct because one
 * product's events reach one segment in order, and each batch's bulk is written before its token is stored: the
 * document read is the one left by the product's previous event. After a redelivery it may be newer than the
 * event; the write then carries a lower version than the indexed one and Elasticsearch drops it as a conflict.
 */
@Component
@ProcessingGroup(ProductSearchProjection.PROCESSOR)
class ProductSearchProjection {

    static final String PROCESSOR = "product-search";

    private final ProductIndexWriter writer;
    private final ProductIndexReader reader;
    private final ProductIndexAdministration administration;
    private final ReferenceNames names;

    ProductSearchProjection(ProductIndexWriter writer, ProductIndexReader reader, ProductIndexAdministration administration,
                            ReferenceNames names) {
        this.writer = writer;
        this.reader = reader;
        this.administration = administration;
        this.names = names;
    }

    @EventHandler
    void on(ProductCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        PendingIndexOperations.ofCurrentBatch(writer)
                .add(IndexOperation.of(names.apply(ProductDocument.created(event, occurredAt), null), sequence));
    }

    /**
     * Publishing makes the staged version (details, prices, variants) the one buyers find. Staged changes are kept in
     * the document but change nothing buyers can find until then.
     */
    @EventHandler
    void on(ProductPublishedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence,
                doc -> doc.withVersions(doc.staged(), doc.staged()).withStagedPublished().withStatus(ProductStatus.PUBLISHED));
    }

    @EventHandler
    void on(ProductStagedChangesPublishedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence, doc -> doc.withVersions(doc.staged(), doc.staged()).withStagedPublished());
    }

    @EventHandler
    void on(ProductStagedChangesDiscardedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence, doc -> doc.withVersions(doc.current(), doc.current()).withStagedDiscarded());
    }

    /** A staged change is kept in the document but changes nothing buyers can find. */
    @EventHandler
    void on(ProductDetailsChangedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence, doc -> {
            ProductDetailFields staged = doc.staged().withChanges(event.changedFields(), event.after());
            return doc.withVersions(event.staged() ? doc.current() : staged, staged);
        });
    }

    /** A deleted category or brand was replaced: buyers see the new one at once (names filled by reindex). */
    @EventHandler
    void on(ProductReferenceReassignedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence, doc -> doc.withVersions(event.applyTo(doc.current()), event.applyTo(doc.staged())));
    }

    @EventHandler
    void on(ProductUnpublishedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence, doc -> doc.withStatus(ProductStatus.UNPUBLISHED));
    }

    @EventHandler
    void on(ProductDiscontinuedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence, doc -> doc.withStatus(ProductStatus.DISCONTINUED));
    }

    @EventHandler
    void on(ProductRestoredEvent event, @SequenceNumber long sequence) {
        ProductStatus restored = ProductStatus.valueOf(event.restoredStatus().name());
        reindex(event.productId(), sequence, doc -> doc.withStatus(restored));
    }

    @EventHandler
    void on(ProductPriceChangedEvent event, @SequenceNumber long sequence) {
        ProductPrice price = new ProductPrice(event.newPriceAmount(), event.newPriceCurrency());
        reindex(event.productId(), sequence, doc -> doc.withPriceChange(event.oldPriceCurrency(), price, event.staged()));
    }

    @EventHandler
    void on(ProductVariantAddedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence, doc -> doc.withVariant(event.variantId(), entry(event.variantId(),
                event.sku(), event.options(), event.prices()), event.staged()));
    }

    @EventHandler
    void on(ProductVariantChangedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence, doc -> (event.staged() ? doc.stagedOrCurrentVariants() : doc.variants())
                .stream().filter(v -> v.id().equals(event.variantId())).findFirst()
                .map(old -> doc.withVariant(old.id(), entry(old.id(), old.sku(), event.optionsAfter(), event.pricesAfter()),
                        event.staged()))
                .orElse(doc));
    }

    @EventHandler
    void on(ProductVariantRemovedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence, doc -> doc.withVariant(event.variantId(), null, event.staged()));
    }

    @EventHandler
    void on(ProductPricesChangedEvent event, @SequenceNumber long sequence) {
        List<ProductPrice> prices = event.pricesAfter().stream().map(p -> new ProductPrice(p.amount(), p.currency())).toList();
        reindex(event.productId(), sequence, doc -> doc.withPrices(prices, event.staged()));
    }

    /**
     * An undo brings back both versions of the details, prices and variants as they were at an earlier version;
     * buyers find the current ones, the staged ones wait in the document for the next publish.
     */
    @EventHandler
    void on(ProductRevertedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence, doc -> doc.withVersions(event.current(), event.staged())
                .withContent(prices(event.prices()), entries(event.variants()), prices(event.stagedPrices()),
                        entries(event.stagedVariants())));
    }

    private static List<ProductPrice> prices(List<CurrencyAmount> prices) {
        return prices.stream().map(p -> new ProductPrice(p.amount(), p.currency())).toList();
    }

    private static List<ProductDocument.VariantEntry> entries(List<ProductRevertedEvent.Variant> variants) {
        return variants.stream().map(v -> entry(v.variantId(), v.sku(), v.options(), v.prices())).toList();
    }

    @EventHandler
    void on(ProductFeaturedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence, doc -> doc.withFeatured(true));
    }

    @EventHandler
    void on(ProductUnfeaturedEvent event, @SequenceNumber long sequence) {
        reindex(event.productId(), sequence, doc -> doc.withFeatured(false));
    }

    private static ProductDocument.VariantEntry entry(String id, String sku, Map<String, String> options,
                                                      List<CurrencyAmount> prices) {
        return new ProductDocument.VariantEntry(id, sku, options,
                prices.stream().map(p -> new ProductPrice(p.amount(), p.currency())).toList());
    }

    /** A rename shows in every product of the category: in the index and in this batch's pending writes. */
    @EventHandler
    void on(CategoryDetailsChangedEvent event) {
        categoryNamed(event.categoryId(), event.name());
    }

    /**
     * A product may have been indexed before the category-read processor wrote the category's row (so without its
     * name); its creation names it in the documents that are already there.
     */
    @EventHandler
    void on(CategoryCreatedEvent event) {
        categoryNamed(event.categoryId(), event.name());
    }

    @EventHandler
    void on(BrandUpdatedEvent event) {
        brandNamed(event.brandId(), event.name());
    }

    @EventHandler
    void on(BrandCreatedEvent event) {
        brandNamed(event.brandId(), event.name());
    }

    private void categoryNamed(String categoryId, String name) {
        UnaryOperator<ProductDocument> renamed = doc -> doc.withReferenceNames(name, doc.brandName());
        PendingIndexOperations.ofCurrentBatch(writer).rename(doc -> categoryId.equals(doc.categoryId()), renamed);
        writer.rename("categoryId", categoryId, renamed);
    }

    private void brandNamed(String brandId, String name) {
        UnaryOperator<ProductDocument> renamed = doc -> doc.withReferenceNames(doc.categoryName(), name);
        PendingIndexOperations.ofCurrentBatch(writer).rename(doc -> brandId.equals(doc.brandId()), renamed);
        writer.rename("brandId", brandId, renamed);
    }

    @ResetHandler
    void reset() throws IOException {
        administration.recreate();
    }

    private void reindex(String productId, long sequence, UnaryOperator<ProductDocument> change) {
        PendingIndexOperations pending = PendingIndexOperations.ofCurrentBatch(writer);
        ProductDocument current = pending.latest(productId)
                .or(() -> pending.indexed(productId, reader))
                .orElseThrow(() -> new MissingSearchDocumentException(productId, sequence));
        pending.add(IndexOperation.of(names.apply(change.apply(current), current), sequence));
    }
}
