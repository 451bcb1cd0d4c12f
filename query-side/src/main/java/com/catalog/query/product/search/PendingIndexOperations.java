package com.catalog.query.product.search;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The index writes of one Axon batch, kept as a resource of the batch's unit of work and sent as one bulk
 * request when the batch prepares to commit, i.e. before its token is stored.
 */
final class PendingIndexOperations {

    private static final String RESOURCE = PendingIndexOperations.class.getName();

    /**
     * Only the newest operation per document: with external versions an older one could only lose to it, and a
     * product changed many times in one batch (1,000 variants added) is then written once, not once per change.
     */
    private final Map<String, IndexOperation> operations = new LinkedHashMap<>();

    private PendingIndexOperations() {
    }

    static PendingIndexOperations ofCurrentBatch(ProductIndexWriter writer) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE, key -> {
            PendingIndexOperations pending = new PendingIndexOperations();
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

    /** Gives the documents this batch is about to write the new name of a renamed category or brand. */
    void rename(Predicate<ProductDocument> shows, UnaryOperator<ProductDocument> renamed) {
        operations.replaceAll((id, op) -> shows.test(op.document())
                ? new IndexOperation(renamed.apply(op.document()), op.version()) : op);
    }
}
