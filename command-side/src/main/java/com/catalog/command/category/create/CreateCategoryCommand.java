package com.catalog.command.category.create;

import com.catalog.command.domain.Actor;

/**
 * Create a category. Carries no target identifier: it creates the aggregate, whose id the caller chose.
 *
 * @param parentId null for a root category
 */
public record CreateCategoryCommand(
        String categoryId,
        Actor actor,
        String name,
        String slug,
        String description,
        String parentId,
        int sortOrder) {
}
