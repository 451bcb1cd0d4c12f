package com.catalog.command.product;

import com.catalog.command.domain.WebUrls;

/** Image URLs are stored, shown to browsers and never fetched by the catalog: the shared {@link WebUrls} rule. */
final class ImageUrls {

    private ImageUrls() {
    }

    static void requireValid(String url) {
        if (!WebUrls.isValid(url) || url.length() > ProductLimits.IMAGE_URL_MAX_LENGTH) {
            throw InvalidImageException.invalidUrl();
        }
    }
}
