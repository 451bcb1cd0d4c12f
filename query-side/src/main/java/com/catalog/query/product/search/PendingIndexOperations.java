package com.catalog.query.product.search;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The index writes of one Axon batch, kept as a resource of the batch's unit of work and sent as one bulk
 * request when the batch prepares to commit, i.e. before its token is stored. The documents the batch changes are
 * read once for the whole batch (one mget), not once per event.
 */
final class PendingIndexOperations {

    private static final String RESOURCE = PendingIndexOperations.class.getName();

    /**
     * Only the newest operation per document: with external versions an older one could only lose to it, and a
     * product changed many times in one batch (1,000 variants added) is then written once, not once per change.
     */
    private final Map<String, IndexOperation> operations = new LinkedHashMap<>();

    /** The indexed documents of the batch's products, read once (one mget) on the batch's first need; null until. */
    private Map<String, ProductDocument> indexed;
    private final Set<String> productIds;

    private PendingIndexOperations(Set<String> productIds) {
        this.productIds = productIds;
    }

    static PendingIndexOperations ofCurrentBatch(ProductIndexWriter writer) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE, key -> {
            PendingIndexOperations pending = new PendingIndexOperations(productIdsOf(batch));
            batch.onPrepareCommit(u -> writer.write(List.copyOf(pending.operations.values())));
            return pending;
        });
    }

    void add(IndexOperation operation) {
        operations.merge(operation.document().id(), operation,
                (older, newer) -> newer.version() >= older.version() ? newer : older);
    }

    /** The newest document this batch is about to write for the product, if it has one. */
    Optional<ProductDocument> latest(String productId) {
        return Optional.ofNullable(operations.get(productId)).map(IndexOperation::document);
    }

    /**
     * The indexed document of a product of this batch: the first call reads those of every product the batch's events
     * name in one real-time mget; a product outside that set (none, normally) is read alone.
     */
    Optional<ProductDocument> indexed(String productId, ProductIndexReader reader) {
        if (indexed == null) {
            indexed = reader.findAll(productIds);
        }
        if (!productIds.contains(productId)) {
            return reader.find(productId);
        }
        return Optional.ofNullable(indexed.get(productId));
    }

    /** Gives the documents this batch is about to write the new name of a renamed category or brand. */
    void rename(Predicate<ProductDocument> shows, UnaryOperator<ProductDocument> renamed) {
        operations.replaceAll((id, op) -> shows.test(op.document())
                ? new IndexOperation(renamed.apply(op.document()), op.version()) : op);
        indexed = null; // the rename rewrites indexed documents: read them again
    }

    private static Set<String> productIdsOf(UnitOfWork<?> batch) {
        Set<String> ids = new LinkedHashSet<>();
        List<? extends Message<?>> messages = batch instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : batch.getMessage() == null ? List.of() : List.of(batch.getMessage());
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event && "Product".equals(event.getType())) {
                ids.add(event.getAggregateIdentifier());
            }
        }
        return ids;
    }
}
