package com.catalog.command.product.reassignment;

import com.catalog.command.web.CommandMetadata;
import com.catalog.events.brand.BrandDeletedEvent;
import com.catalog.events.category.CategoryDeletedEvent;
import com.catalog.events.value.ProductId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves the products of a deleted category or brand to the deletion's {@code reassignProductsTo}. A subscribing
 * processor whose errors propagate (see {@link ProductReassignmentConfiguration}): it runs inside the deletion's
 * transaction, so the deletion and every product's {@link com.catalog.events.product.ProductReferenceReassignedEvent}
 * commit together or not at all — no restart can leave half the products behind, and a product created in the
 * category a moment before is found in {@code event_store.product_reference_lookup} (written in its own create's
 * transaction). Each product gets its own command, which does nothing when the product has moved already.
 * <p>
 * The commands go to the command bus directly, not through the gateway: the gateway's dispatch interceptor would
 * stamp the admin's request onto them, and they are the system's acts ({@code actorId} {@value #SYSTEM_ACTOR},
 * role {@code SYSTEM}) that keep the admin's {@code correlationId}, so the audit trail links them to the deletion.
 */
@Component
@ProcessingGroup(ProductReassignment.GROUP)
class ProductReassignment {

    static final String GROUP = "product-reassignment";
    static final String SYSTEM_ACTOR = "system";

    private final JdbcClient jdbc;
    private final CommandBus commandBus;

    ProductReassignment(JdbcClient jdbc, CommandBus commandBus) {
        this.jdbc = jdbc;
        this.commandBus = commandBus;
    }

    @EventHandler
    void on(CategoryDeletedEvent event, @MetaDataValue(CommandMetadata.CORRELATION_ID) String correlationId) {
        if (event.reassignProductsTo() != null) {
            reassign(ReassignProductReferenceCommand.CATEGORY, "category_id", event.categoryId(),
                    event.reassignProductsTo(), correlationId);
        }
    }

    @EventHandler
    void on(BrandDeletedEvent event, @MetaDataValue(CommandMetadata.CORRELATION_ID) String correlationId) {
        if (event.reassignProductsTo() != null) {
            reassign(ReassignProductReferenceCommand.BRAND, "brand_id", event.brandId(),
                    event.reassignProductsTo(), correlationId);
        }
    }

    private void reassign(String reference, String column, String fromId, String toId, String correlationId) {
        List<String> products = jdbc.sql("SELECT product_id FROM event_store.product_reference_lookup WHERE "
                        + column + " = ? OR current_" + column + " = ? ORDER BY product_id")
                .params(fromId, fromId).query(String.class).list();
        MetaData metaData = MetaData.from(systemMetaData(correlationId));
        for (String productId : products) {
            FutureCallback<Object, Object> callback = new FutureCallback<>();
            commandBus.dispatch(new GenericCommandMessage<>(
                    new ReassignProductReferenceCommand(new ProductId(productId), reference, fromId, toId), metaData),
                    callback);
            CommandResultMessage<?> result = callback.getResult();
            if (result.isExceptional()) {
                throw new ReassignmentFailedException(productId, toId, result.exceptionResult());
            }
        }
    }

    private static Map<String, String> systemMetaData(String correlationId) {
        Map<String, String> metaData = new HashMap<>();
        metaData.put(CommandMetadata.ACTOR_ID, SYSTEM_ACTOR);
        metaData.put(CommandMetadata.ACTOR_ROLE, "SYSTEM");
        if (correlationId != null) {
            metaData.put(CommandMetadata.CORRELATION_ID, correlationId);
        }
        return metaData;
    }
}
