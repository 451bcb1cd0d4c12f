package com.catalog.events.product.upcasting;

import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImageRemovedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Revision 1 → 2 of the variant, price and image events: revision 2 added {@code staged}. Revision 1 changes were
 * never staged (variants, prices and images applied to the current version at once), so they read as
 * {@code staged: false}. The step is the same for each of these events, so one upcaster takes them all.
 */
public final class StagedFlagUpcaster extends SingleEventUpcaster {

    static final Set<String> EVENT_TYPES = Set.of(ProductVariantAddedEvent.class.getName(),
            ProductVariantChangedEvent.class.getName(), ProductVariantRemovedEvent.class.getName(),
            ProductImageAddedEvent.class.getName(), ProductImagesReorderedEvent.class.getName(),
            ProductImageRemovedEvent.class.getName(), ProductPriceChangedEvent.class.getName(),
            ProductPricesChangedEvent.class.getName());
    private static final String REVISION_1 = "1";
    private static final String REVISION_2 = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType().getRevision())
                && EVENT_TYPES.contains(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(representation.getType().getName(), REVISION_2),
                JsonNode.class,
                StagedFlagUpcaster::toRevision2);
    }

    static JsonNode toRevision2(JsonNode revision1) {
        ObjectNode out = revision1.deepCopy();
        out.put("staged", false);
        return out;
    }
}
