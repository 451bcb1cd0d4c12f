package com.catalog.command.product.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Checks on request members that Bean Validation cannot express: members a request does not take. */
public final class RequestFields {

    /** Members clients sometimes try to set; named as such in the problem, so nobody thinks them merely misspelt. */
    private static final Set<String> SERVER_OWNED = Set.of("id", "productId", "owner", "ownerId", "sellerId", "seller",
            "status", "version", "createdAt", "updatedAt", "featured", "position");

    /** Members of a product's editable details, as PUT and JSON Merge Patch take them. */
    public static final Set<String> EDITABLE_DETAILS = Set.of("defaultLocale", "name", "slug", "description",
            "shortDescription", "attributes", "categoryId", "brandId");

    private RequestFields() {
    }

    /** @throws UnknownFieldsException naming each member, if there is any */
    public static void rejectUnknown(Map<String, ?> unknownFields) {
        if (unknownFields == null || unknownFields.isEmpty()) {
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        unknownFields.keySet().stream().sorted().forEach(field -> errors.put(field, SERVER_OWNED.contains(field)
                ? "is set by the server and cannot be sent" : "is not a member of this request"));
        throw new UnknownFieldsException(errors);
    }

    /** Localized texts without surrounding blanks; null stays null for Bean Validation to report. */
    public static Map<String, String> stripped(Map<String, String> texts) {
        if (texts == null) {
            return null;
        }
        Map<String, String> result = new LinkedHashMap<>();
        texts.forEach((locale, text) -> result.put(locale, text == null ? null : text.strip()));
        return result;
    }
}
