package com.catalog.command.product;

import com.catalog.command.domain.Actor;
import com.catalog.command.web.AggregateWrites;
import com.catalog.command.web.Callers;
import com.catalog.command.web.IfMatch;
import com.catalog.command.web.WriteResponse;
import com.catalog.events.value.ProductId;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The body every body-less product POST (publish, unpublish, discontinue, restore, discard-staged, feature) shares:
 * path id and {@code If-Match} in, one command to the product, 200 with its ETag and position out.
 */
@Component
public class ProductStatusWrites {

    /** Builds the command a controller sends, from what every such request carries. */
    @FunctionalInterface
    public interface CommandFactory {
        Object command(ProductId productId, Actor actor, Long expectedVersion);
    }

    private final AggregateWrites writes;

    ProductStatusWrites(AggregateWrites writes) {
        this.writes = writes;
    }

    public ResponseEntity<WriteResponse> change(UUID id, String ifMatch, Authentication caller, CommandFactory command) {
        ProductId productId = new ProductId(id.toString());
        return writes.change(productId.value(),
                command.command(productId, Callers.actorOf(caller), IfMatch.expectedVersion(ifMatch)));
    }
}
