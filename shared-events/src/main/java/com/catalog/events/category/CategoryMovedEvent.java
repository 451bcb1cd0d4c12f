package com.catalog.events.category;

import org.axonframework.serialization.Revision;

/**
 * The category (with its whole subtree) moved under another parent.
 *
 * @param previousParentId null when it was a root
 * @param newParentId      null when it became a root
 */
@Revision("1")
public record CategoryMovedEvent(
        String categoryId,
        String previousParentId,
        String newParentId) implements CategoryEvent {
}
