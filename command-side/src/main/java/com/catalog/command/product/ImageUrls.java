package com.catalog.command.product;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Image URLs are stored, shown to browsers and never fetched by the catalog: only absolute http(s) URLs. */
final class ImageUrls {

    private static final Set<String> SCHEMES = Set.of("http", "https");

    private ImageUrls() {
    }

    static void requireValid(String url) {
        if (url == null || url.length() > ProductLimits.IMAGE_URL_MAX_LENGTH) {
            throw InvalidImageException.invalidUrl();
        }
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null || uri.getHost().isBlank()) {
                throw InvalidImageException.invalidUrl();
            }
        } catch (URISyntaxException e) {
            throw InvalidImageException.invalidUrl();
        }
    }
}
