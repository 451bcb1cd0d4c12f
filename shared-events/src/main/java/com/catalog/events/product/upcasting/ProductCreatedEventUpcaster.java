package com.catalog.events.product.upcasting;

import com.catalog.events.product.ProductCreatedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link ProductCreatedEvent} revision 1 → 2. Revision 1 had one plain-text name and description and one price;
 * revision 2 has localized texts, a slug and a price list. Upcast texts take the locale {@value #LEGACY_LOCALE}
 * (the only language the API took before), and the slug is the product id: unique by construction and claimed in
 * the slug lookup by the event store's migration V2, so no new product can take it.
 */
public final class ProductCreatedEventUpcaster extends SingleEventUpcaster {

    public static final String LEGACY_LOCALE = "en";
    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ProductCreatedEvent.class.getName(), "1");
    private static final String REVISION_2 = "2";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(ProductCreatedEvent.class.getName(), REVISION_2),
                JsonNode.class,
                ProductCreatedEventUpcaster::toRevision2);
    }

    static JsonNode toRevision2(JsonNode revision1) {
        ObjectNode out = NODES.objectNode();
        String productId = revision1.path("productId").asText();
        out.put("productId", productId);
        out.set("sellerId", revision1.path("sellerId"));
        out.put("defaultLocale", LEGACY_LOCALE);
        out.set("name", localized(revision1.path("name")));
        out.put("slug", productId);
        out.set("description", localized(revision1.path("description")));
        out.set("shortDescription", NODES.objectNode());
        out.set("sku", revision1.path("sku"));
        ObjectNode price = NODES.objectNode();
        price.set("currency", revision1.path("priceCurrency"));
        price.set("amount", revision1.path("priceAmount"));
        out.set("prices", NODES.arrayNode().add(price));
        out.set("compareAtPrices", NODES.arrayNode());
        out.putNull("costPrice");
        out.set("attributes", NODES.objectNode());
        out.putNull("categoryId");
        out.putNull("brandId");
        return out;
    }

    private static ObjectNode localized(JsonNode text) {
        ObjectNode map = NODES.objectNode();
        if (text.isTextual() && !text.asText().isBlank()) {
            map.set(LEGACY_LOCALE, text);
        }
        return map;
    }
}
