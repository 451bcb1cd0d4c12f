package com.catalog.query.browse;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param page       0-based page number
 * @param size       the page size asked for
 * @param totalItems items across all pages
 * @param totalPages pages of this size
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageResponse<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }
}
