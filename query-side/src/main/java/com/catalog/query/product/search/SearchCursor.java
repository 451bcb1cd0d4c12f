package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code cursor}: the sort values of a page's last hit ({@code search_after}) and the sort they belong
 * to, as base64url JSON. Opaque to clients, so its shape can change; anything that does not decode is a 400.
 */
final class SearchCursor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchCursor() {
    }

    static String encode(ProductSort sort, List<FieldValue> after) {
        ObjectNode node = JSON.createObjectNode().put("sort", sort.parameter);
        ArrayNode values = node.putArray("after");
        for (FieldValue value : after) {
            if (value.isLong()) {
                values.add(value.longValue());
            } else if (value.isDouble()) {
                values.add(value.doubleValue());
            } else if (value.isString()) {
                values.add(value.stringValue());
            } else if (value.isBoolean()) {
                values.add(value.booleanValue());
            } else {
                values.addNull();
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<FieldValue> decode(String cursor, ProductSort sort) {
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
        } catch (IllegalArgumentException | IOException e) {
            throw invalid("cursor is not one this API returned");
        }
        if (node == null || !sort.parameter.equals(node.path("sort").asText()) || !node.path("after").isArray()) {
            throw invalid("cursor belongs to another sort or query; start again without a cursor");
        }
        List<FieldValue> values = new ArrayList<>();
        for (JsonNode value : node.path("after")) {
            values.add(value(value));
        }
        if (values.size() != 2) {
            throw invalid("cursor is not one this API returned");
        }
        return values;
    }

    private static FieldValue value(JsonNode value) {
        if (value.isIntegralNumber()) {
            return FieldValue.of(value.longValue());
        }
        if (value.isFloatingPointNumber()) {
            return FieldValue.of(value.doubleValue());
        }
        if (value.isTextual()) {
            return FieldValue.of(value.textValue());
        }
        if (value.isBoolean()) {
            return FieldValue.of(value.booleanValue());
        }
        if (value.isNull()) {
            return FieldValue.NULL;
        }
        throw invalid("cursor is not one this API returned");
    }

    private static SearchParameterException invalid(String detail) {
        return new SearchParameterException("invalid-cursor", "Invalid cursor", detail);
    }
}
