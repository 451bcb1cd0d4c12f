package com.catalog.command.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * URLs the catalog stores for clients to follow (logos, web sites). Only absolute http(s) URLs with a host and of
 * sane length: no {@code javascript:} or {@code data:} payloads reach a shop's page. The catalog never fetches them.
 */
public final class WebUrls {

    public static final int MAX_LENGTH = 2048;
    public static final String RULE = "an absolute http or https URL with a host, at most " + MAX_LENGTH + " characters";

    private WebUrls() {
    }

    public static boolean isValid(String url) {
        if (url == null || url.length() > MAX_LENGTH || url.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
