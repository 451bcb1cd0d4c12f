package com.catalog.query.category;

import java.util.UUID;

/** One step of a breadcrumb, from the root down to the category itself. */
record BreadcrumbItem(UUID id, String name, String slug) {

    static BreadcrumbItem of(CategoryRow row) {
        return new BreadcrumbItem(row.id(), row.name(), row.slug());
    }
}
