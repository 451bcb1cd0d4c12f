package com.catalog.events.product;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The owner or an admin changed some editable details (PUT or JSON Merge Patch). Carries the changed fields only:
 * {@code before} and {@code after} hold the old and new values of the fields named in {@code changedFields}, every
 * other field of them is empty. Never stored when nothing changed.
 *
 * @param productId     aggregate id
 * @param changedFields names of the changed fields of {@link ProductDetailFields} (e.g. {@code name}, {@code slug})
 * @param before        the changed fields' values before
 * @param after         the changed fields' values after
 * @param staged        true when the product had been published: the change went to its staged version, which
 *                      buyers see only after the next publish; false when it applied to the current version too
 */
@Revision("1")
public record ProductDetailsChangedEvent(
        String productId,
        List<String> changedFields,
        ProductDetailFields before,
        ProductDetailFields after,
        boolean staged) implements ProductEvent {

    public ProductDetailsChangedEvent {
        changedFields = List.copyOf(changedFields);
    }
}
