package com.catalog.events.product;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The product's images were put in a new order (the first is the main image).
 * Revision 2 added {@code staged}; revision 1 events (never staged) are upcast by
 * {@code upcasting.StagedFlagUpcaster}.
 *
 * @param productId aggregate id
 * @param before    image ids in the old order
 * @param after     the same image ids in the new order
 * @param staged    true once the product has been published: the change went to its staged version, which
 *                  buyers see only after the next publish; false when it applied to the current version too
 */
@Revision("2")
public record ProductImagesReorderedEvent(String productId, List<String> before, List<String> after,
                                          boolean staged)
        implements ProductEvent {

    public ProductImagesReorderedEvent {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
