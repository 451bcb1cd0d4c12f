package com.catalog.command.product.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * @param nested the unknown members of nested objects, each keyed by its path in the body (e.g.
     *               {@code prices[0].foo}, see {@code PriceRequest.unknownIn})
     * @throws UnknownFieldsException naming each member, top-level and nested, if there is any
     */
    @SafeVarargs
    public static void rejectUnknown(Map<String, ?> unknownFields, Map<String, ?>... nested) {
        Set<String> fields = new TreeSet<>();
        if (unknownFields != null) {
            fields.addAll(unknownFields.keySet());
        }
        for (Map<String, ?> members : nested) {
            fields.addAll(members.keySet());
        }
        if (fields.isEmpty()) {
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        fields.forEach(field -> errors.put(field, SERVER_OWNED.contains(field.substring(field.lastIndexOf('.') + 1))
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
