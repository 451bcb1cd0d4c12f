package com.catalog.command.category;

/** Sizes the aggregate enforces; the REST edge reuses them so bad input is a 400 before it gets here. */
public final class CategoryLimits {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    /** Levels from a root (depth 1) down to the deepest leaf. */
    public static final int MAX_DEPTH = 8;
    public static final int SORT_ORDER_MAX = 1_000_000;

    private CategoryLimits() {
    }
}
