package com.catalog.query.product.search;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.query.product.ProductEvents;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.query.product.ProductPrice;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import com.catalog.events.brand.BrandUpdatedEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.Collection;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The handlers without Elasticsearch: where a change takes the rest of the document from, and its version. */
class ProductSearchProjectionTest {

    private static final String ID = "8a3f4c2e-1b5d-4e6f-9a7b-0c1d2e3f4a5b";
    private static final SearchProperties PROPERTIES = new SearchProperties("alias", "index", null, 10, "EUR", List.of(1000L), 50, 100, 10, 10,
                new SearchProperties.TypoTolerance(1, 10));

    private final RecordingWriter writer = new RecordingWriter();
    private final StubReader reader = new StubReader();
    private final ProductSearchProjection projection =
            new ProductSearchProjection(writer, reader, new ProductIndexAdministration(null, PROPERTIES),
                    new ReferenceNames(null));

    @Test
    void changes_in_the_same_batch_build_on_the_document_the_batch_already_holds() {
        inOneBatch(() -> {
            projection.on(created(), 0, Instant.parse("2025-01-01T00:00:00Z"));
            projection.on(new ProductPublishedEvent(ID, ProductStatus.DRAFT), 1);
            projection.on(new ProductPriceChangedEvent(ID, 4900, "EUR", 3900, "EUR", false), 2);
        });

        // one write per document and batch: only the newest version, the others could only lose to it
        assertThat(writer.written).extracting(IndexOperation::version).containsExactly(IndexOperation.versionOf(2));
        ProductDocument last = writer.written.get(0).document();
        assertThat(last.status()).isEqualTo("PUBLISHED");
        assertThat(last.price()).isEqualTo(new ProductPrice(3900, "EUR"));
        assertThat(last.name()).isEqualTo("Cork Yoga Block");
        assertThat(reader.reads).isZero();
    }

    @Test
    void a_change_in_a_later_batch_builds_on_the_indexed_document() {
        reader.documents.put(ID, ProductDocument.created(created(), Instant.parse("2025-01-01T00:00:00Z")));

        inOneBatch(() -> projection.on(new ProductPublishedEvent(ID, ProductStatus.DRAFT), 1));

        assertThat(writer.written).singleElement().satisfies(op -> {
            assertThat(op.version()).isEqualTo(IndexOperation.versionOf(1));
            assertThat(op.document().status()).isEqualTo("PUBLISHED");
            assertThat(op.document().sku()).isEqualTo("CORK-1");
        });
    }

    @Test
    void a_batch_reads_the_indexed_documents_of_all_its_products_at_once() {
        String other = "1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6";
        reader.documents.put(ID, ProductDocument.created(created(), Instant.parse("2025-01-01T00:00:00Z")));
        reader.documents.put(other, ProductDocument.created(
                ProductEvents.created(other, "seller-2", "Cork Mat", "Soft", "CORK-2", 2900, "EUR"),
                Instant.parse("2025-01-01T00:00:00Z")));
        ProductPublishedEvent first = new ProductPublishedEvent(ID, ProductStatus.DRAFT);
        ProductPriceChangedEvent second = new ProductPriceChangedEvent(other, 2900, "EUR", 2500, "EUR", false);
        List<EventMessage<?>> events = List.of(
                new GenericDomainEventMessage<>("Product", ID, 1, first),
                new GenericDomainEventMessage<>("Product", other, 1, second));

        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        batch.start();
        projection.on(first, 1);
        projection.on(second, 1);
        batch.commit();

        assertThat(reader.multiReads).containsExactly(Set.of(ID, other));
        assertThat(reader.reads).as("no read per event").isZero();
        assertThat(writer.written).extracting(op -> op.document().id()).containsExactlyInAnyOrder(ID, other);
    }

    @Test
    void a_change_for_a_document_the_index_lost_fails_the_batch_instead_of_indexing_half_a_product() {
        assertThatThrownBy(() -> inOneBatch(() -> projection.on(new ProductPublishedEvent(ID, ProductStatus.DRAFT), 1)))
                .isInstanceOf(MissingSearchDocumentException.class);
        assertThat(writer.written).isEmpty();
    }

    @Test
    void a_rename_reaches_the_indexed_documents_and_the_ones_this_batch_is_about_to_write() {
        ProductCreatedEvent inBrand = ProductEvents.inCategoryOfBrand(created(), null, "brand-1");

        inOneBatch(() -> {
            projection.on(inBrand, 0, Instant.parse("2025-01-01T00:00:00Z"));
            projection.on(new BrandUpdatedEvent("brand-1", "Corkworks", "corkworks", null, null, null));
            projection.on(new BrandUpdatedEvent("brand-2", "Other", "other", null, null, null));
        });

        assertThat(writer.renamedIn).containsExactly("brandId=brand-1", "brandId=brand-2");
        assertThat(writer.written).singleElement().satisfies(op -> {
            assertThat(op.document().brandName()).isEqualTo("Corkworks");
            assertThat(op.version()).isEqualTo(IndexOperation.versionOf(0));
        });
    }

    @Test
    void an_undo_brings_back_both_versions_the_prices_and_exactly_the_variants_of_then() {
        inOneBatch(() -> {
            projection.on(created(), 0, Instant.parse("2025-01-01T00:00:00Z"));
            projection.on(new ProductVariantAddedEvent(ID, "v-1", "CORK-1-S", Map.of("size", "S"), List.of(), false), 1);
            projection.on(reverted(), 2);
        });

        ProductDocument reverted = writer.written.get(0).document();
        assertThat(reverted.price()).isEqualTo(new ProductPrice(3900, "EUR"));
        assertThat(reverted.name()).isEqualTo("Cork Yoga Block");
        assertThat(reverted.variants()).extracting(ProductDocument.VariantEntry::sku).containsExactly("CORK-1-L");
        assertThat(reverted.variantSkus()).as("buyers find the current variants only").containsExactly("CORK-1-L");
        assertThat(reverted.stagedPrices()).containsExactly(new ProductPrice(4500, "EUR"));
        assertThat(reverted.stagedVariants()).isEmpty();
    }

    @Test
    void after_an_undo_publishing_brings_the_staged_prices_and_variants_of_then_to_buyers() {
        inOneBatch(() -> {
            projection.on(created(), 0, Instant.parse("2025-01-01T00:00:00Z"));
            projection.on(new ProductVariantAddedEvent(ID, "v-1", "CORK-1-S", Map.of("size", "S"), List.of(), false), 1);
            projection.on(reverted(), 2);
            projection.on(new ProductStagedChangesPublishedEvent(ID), 3);
        });

        ProductDocument published = writer.written.get(0).document();
        assertThat(published.price()).isEqualTo(new ProductPrice(4500, "EUR"));
        assertThat(published.variants()).isEmpty();
        assertThat(published.stagedPrices()).isNull();
    }

    /** Back to a version whose current variant was v-0 at 39.00 EUR, its staged version without variants at 45.00. */
    private static ProductRevertedEvent reverted() {
        return new ProductRevertedEvent(ID, 0, created().details(), created().details(),
                List.of(new CurrencyAmount("EUR", 3900)), List.of(),
                List.of(new ProductRevertedEvent.Variant("v-0", "CORK-1-L", Map.of("size", "L"), List.of())),
                List.of(), List.of(new CurrencyAmount("EUR", 4500)), List.of(), List.of(), List.of());
    }

    private static ProductCreatedEvent created() {
        return ProductEvents.created(ID, "seller-1", "Cork Yoga Block", "Firm", "CORK-1", 4900, "EUR");
    }

    private static void inOneBatch(Runnable handlers) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        try {
            handlers.run();
        } catch (RuntimeException e) {
            batch.rollback(e);
            throw e;
        }
        batch.commit();
    }

    private static final class RecordingWriter extends ProductIndexWriter {
        final List<IndexOperation> written = new ArrayList<>();

        RecordingWriter() {
            super(null, PROPERTIES);
        }

        final List<String> renamedIn = new ArrayList<>();

        @Override
        void write(List<IndexOperation> operations) {
            written.addAll(operations);
        }

        @Override
        void rename(String idField, String id, java.util.function.UnaryOperator<ProductDocument> renamed) {
            renamedIn.add(idField + "=" + id);
        }
    }

    private static final class StubReader extends ProductIndexReader {
        final Map<String, ProductDocument> documents = new HashMap<>();
        int reads;

        StubReader() {
            super(null, PROPERTIES);
        }

        final List<Set<String>> multiReads = new ArrayList<>();

        @Override
        Optional<ProductDocument> find(String productId) {
            reads++;
            return Optional.ofNullable(documents.get(productId));
        }

        @Override
        Map<String, ProductDocument> findAll(Collection<String> productIds) {
            multiReads.add(Set.copyOf(productIds));
            Map<String, ProductDocument> found = new HashMap<>();
            productIds.stream().filter(documents::containsKey).forEach(id -> found.put(id, documents.get(id)));
            return found;
        }
    }
}
