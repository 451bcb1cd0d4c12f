package com.catalog.command.product;

import com.catalog.events.product.ProductDetailFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7386) of a product's editable details: a member set to null is removed (a locale of a
 * localized text, an attribute, the category), an object is merged member by member, anything else replaces.
 */
final class DetailsMergePatch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DetailsMergePatch() {
    }

    /** @throws IllegalArgumentException when the patch is not an object of editable fields of the right shapes */
    static ProductDetailFields apply(ProductDetailFields target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new IllegalArgumentException("A merge patch of product details is a JSON object.");
        }
        ObjectNode merged = (ObjectNode) merge(JSON.valueToTree(target), patch);
        try {
            return JSON.treeToValue(merged, ProductDetailFields.class);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("The patched details are not of the expected shape: localized texts and "
                    + "attributes are objects of strings, the other fields strings.");
        }
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> members = patch.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
