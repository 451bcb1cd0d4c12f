package com.catalog.query.product.search;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The index writes of one Axon batch, kept as a resource of the batch's unit of work and sent as one bulk
 * request when the batch prepares to commit, i.e. before its token is stored.
 */
final class PendingIndexOperations {

    private static final String RESOURCE = PendingIndexOperations.class.getName();

    private final List<IndexOperation> operations = new ArrayList<>();

    private PendingIndexOperations() {
    }

    static PendingIndexOperations ofCurrentBatch(ProductIndexWriter writer) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE, key -> {
            PendingIndexOperations pending = new PendingIndexOperations();
            batch.onPrepareCommit(u -> writer.write(List.copyOf(pending.operations)));
            return pending;
        });
    }

    void add(IndexOperation operation) {
        operations.add(operation);
    }

    /** The newest document this batch is about to write for the product, if it has one. */
    Optional<ProductDocument> latest(String productId) {
        for (int i = operations.size() - 1; i >= 0; i--) {
            if (operations.get(i).document().id().equals(productId)) {
                return Optional.of(operations.get(i).document());
            }
        }
        return Optional.empty();
    }
}
