package com.catalog.query.product.details;

import com.catalog.query.deadletter.AbortedTransactions;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Write-behind of the {@code product} rows of one Axon batch of the product-details processor (live and replay
 * alike). On the batch's first use, the rows of every product its events name are read in one SELECT; the handlers
 * change them in memory; when the batch prepares to commit (in its transaction, before its token is stored) the
 * changed rows are written in one JDBC batch of sequence-guarded upserts. One product's events reach one segment in
 * order, so the held row is always the one its previous event left.
 * <p>
 * Statements that touch the same row outside this class (the image and featuring updates of
 * {@link ProductMediaProjection}) first {@link #flush(UUID) flush} that product's pending row, so the database sees
 * the writes in event order and no sequence guard drops one.
 */
final class BatchedProducts {

    private static final String RESOURCE = BatchedProducts.class.getName();
    private static final String PRODUCT = "Product";

    /**
     * A held row with what a publish or discard needs to skip its extra statements.
     *
     * @param hasVariants   whether the product may have variant rows
     * @param imagesDiffer  whether its staged images may differ from the current ones
     */
    record Held(ProductDetails row, boolean hasVariants, boolean imagesDiffer) {

        Held with(ProductDetails changed) {
            return new Held(changed, hasVariants, imagesDiffer);
        }
    }

    private final ProductDetailsRepository repository;
    private final AbortedTransactions aborted;
    /** Per product, the events of this batch that changed its held row. */
    private final Map<UUID, List<String>> changedBy = new HashMap<>();
    /** Per product id: its row, or a null value when it is known to have none yet. */
    private final Map<UUID, Held> rows = new HashMap<>();
    private final Set<UUID> variantsTouched = new LinkedHashSet<>();
    private final Set<UUID> imagesTouched = new LinkedHashSet<>();
    private final Set<UUID> dirty = new LinkedHashSet<>();

    private BatchedProducts(ProductDetailsRepository repository, AbortedTransactions aborted) {
        this.repository = repository;
        this.aborted = aborted;
    }

    static BatchedProducts ofCurrentBatch(ProductDetailsRepository repository, AbortedTransactions aborted) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE, key -> {
            BatchedProducts products = new BatchedProducts(repository, aborted);
            products.load(productIdsOf(batch));
            batch.onPrepareCommit(u -> products.flushAll());
            return products;
        });
    }

    /** Puts a new row (a creation) unless a row at or past its sequence is held. */
    boolean put(ProductDetails product) {
        Held held = held(product.id());
        if (held != null && held.row().lastSequence() >= product.lastSequence()) {
            return false;
        }
        rows.put(product.id(), held == null ? new Held(product, false, false) : held.with(product));
        changed(product.id());
        return true;
    }

    /**
     * Applies a change to the held row unless it is already at or past this sequence (redelivery) or there is none.
     *
     * @return whether the change was applied
     */
    boolean change(UUID id, long sequence, UnaryOperator<ProductDetails> change) {
        Held held = held(id);
        if (held == null || held.row().lastSequence() >= sequence) {
            return false;
        }
        rows.put(id, held.with(change.apply(held.row())));
        changed(id);
        return true;
    }

    Optional<ProductDetails> find(UUID id) {
        return Optional.ofNullable(held(id)).map(Held::row);
    }

    /** Whether the product may have variant rows a publish or discard must update. */
    boolean mayHaveVariants(UUID id) {
        Held held = held(id);
        return variantsTouched.contains(id) || held != null && held.hasVariants();
    }

    /** Whether the product's staged images may differ from its current ones (a publish or discard copies them). */
    boolean mayHaveStagedImages(UUID id) {
        Held held = held(id);
        return imagesTouched.contains(id) || held != null && held.imagesDiffer();
    }

    void variantsChanged(UUID id) {
        variantsTouched.add(id);
    }

    /** Before a statement of its own on the product's row: writes the pending row, so the statements keep event order. */
    void flush(UUID id) {
        imagesTouched.add(id);
        if (dirty.contains(id)) {
            write(List.of(id));
        }
    }

    private void flushAll() {
        write(List.copyOf(dirty));
    }

    private void changed(UUID id) {
        dirty.add(id);
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        if (current.getMessage() != null) {
            changedBy.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(current.getMessage().getIdentifier());
        }
    }

    /**
     * Writes pending rows. A row PostgreSQL refuses for good makes the events that changed it in this batch poison:
     * they are remembered ({@link AbortedTransactions}) and the batch fails; on its retry they go to the dead-letter
     * queue without running their handlers, as for a statement a handler ran itself, and the other rows commit.
     */
    private void write(List<UUID> ids) {
        ProductDetailsRepository.Refused refused = repository.upsertAllOrFindRefused(
                ids.stream().map(id -> rows.get(id).row()).toList());
        ids.forEach(dirty::remove);
        if (!refused.ids().isEmpty()) {
            refused.ids().forEach(id -> changedBy.getOrDefault(id, List.of())
                    .forEach(eventId -> aborted.remember(ProductDetailsProjection.PROCESSOR, eventId, refused.cause())));
            throw refused.cause();
        }
    }

    private Held held(UUID id) {
        if (!rows.containsKey(id)) {
            load(Set.of(id));
        }
        return rows.get(id);
    }

    private void load(Set<UUID> ids) {
        Map<UUID, Held> found = repository.findAllForBatch(ids);
        ids.forEach(id -> rows.putIfAbsent(id, found.get(id)));
    }

    /** The products the batch's events are about (every product event, whichever segment handles it). */
    private static Set<UUID> productIdsOf(UnitOfWork<?> batch) {
        Set<UUID> ids = new LinkedHashSet<>();
        List<? extends Message<?>> messages = batch instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : batch.getMessage() == null ? List.of() : List.of(batch.getMessage());
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event && PRODUCT.equals(event.getType())) {
                try {
                    ids.add(UUID.fromString(event.getAggregateIdentifier()));
                } catch (IllegalArgumentException notAProductId) {
                    // not ours to hold; a handler asking for it loads it alone
                }
            }
        }
        return ids;
    }
}
