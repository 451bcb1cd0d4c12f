package com.catalog.command.web;

import com.catalog.command.domain.Patch;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads a JSON object body field by field against an explicit list of accepted fields, so nothing a client sends
 * is bound by accident (no mass assignment): unknown and read-only fields (id, version, status...) are errors, and
 * so are wrong types and over-long strings. Collects every error, then {@link #validate()} throws them together.
 * Used instead of bean binding where a body may be a merge patch or one item of a bulk request.
 */
public final class JsonFields {

    private final JsonNode body;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonFields(JsonNode body, List<String> accepted) {
        this.body = body;
        if (body == null || !body.isObject()) {
            errors.add(new FieldError("", "must be a JSON object"));
            return;
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!accepted.contains(name)) {
                errors.add(new FieldError(name, "is not a field of this request (accepted: " + String.join(", ", accepted) + ")"));
            }
        }
    }

    public static JsonFields of(JsonNode body, List<String> accepted) {
        return new JsonFields(body, accepted);
    }

    /** Present, not null, not blank; stripped. */
    public String requiredText(String name, int maxLength, Predicate<String> rule, String ruleText) {
        int before = errors.size();
        Patch<String> value = text(name, maxLength, rule, ruleText);
        if (errors.size() == before && value.value() == null) {
            errors.add(new FieldError(name, "must not be blank"));
        }
        return value.value();
    }

    /** Absent or null is null. */
    public String optionalText(String name, int maxLength, Predicate<String> rule, String ruleText) {
        return text(name, maxLength, rule, ruleText).value();
    }

    /** A merge-patch field: absent keeps, null clears (refused when {@code clearable} is false), a string sets. */
    public Patch<String> patchText(String name, int maxLength, boolean clearable, Predicate<String> rule, String ruleText) {
        Patch<String> value = text(name, maxLength, rule, ruleText);
        if (value.present() && value.value() == null && !clearable) {
            errors.add(new FieldError(name, "must not be null or blank"));
        }
        return value;
    }

    /** The field must be there, even if null (e.g. {@code "parentId": null} moves a category to the root). */
    public void requirePresent(String name) {
        if (body != null && body.isObject() && !body.has(name)) {
            errors.add(new FieldError(name, "is required (null is allowed)"));
        }
    }

    public String optionalUuid(String name) {
        Patch<String> value = text(name, 36, text -> parsesAsUuid(text), "a UUID");
        return value.value();
    }

    public Integer optionalInt(String name, int min, int max) {
        JsonNode node = present(name) ? body.get(name) : null;
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
            return null;
        }
        return node.intValue();
    }

    /** @throws InvalidFieldsException listing every error found so far */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    private Patch<String> text(String name, int maxLength, Predicate<String> rule, String ruleText) {
        if (!present(name)) {
            return Patch.absent();
        }
        JsonNode node = body.get(name);
        if (node.isNull()) {
            return Patch.of(null);
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(name, "must be a string"));
            return Patch.absent();
        }
        String value = node.textValue().strip();
        if (value.length() > maxLength) {
            errors.add(new FieldError(name, "must be at most " + maxLength + " characters"));
        } else if (!value.isEmpty() && rule != null && !rule.test(value)) {
            errors.add(new FieldError(name, "must be " + ruleText));
        }
        return Patch.of(value.isEmpty() ? null : value);
    }

    private boolean present(String name) {
        return body != null && body.isObject() && body.has(name);
    }

    private static boolean parsesAsUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
