package com.catalog.events.product;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The product's images were put in a new order (the first is the main image).
 *
 * @param productId aggregate id
 * @param before    image ids in the old order
 * @param after     the same image ids in the new order
 */
@Revision("1")
public record ProductImagesReorderedEvent(String productId, List<String> before, List<String> after)
        implements ProductEvent {

    public ProductImagesReorderedEvent {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
