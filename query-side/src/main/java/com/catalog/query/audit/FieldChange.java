package com.catalog.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One field an event changed. {@code before}/{@code after} are JSON values; JSON {@code null} means "no value".
 * A missing {@code after} means the event names the old value but not the new one (e.g. {@code previousStatus});
 * {@code masked} changes of private aggregates (users) carry the field's name only, never its values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A field an event changed, with its value before and after (JSON values)",
        example = "{\"field\":\"priceAmount\",\"before\":12900,\"after\":9900}")
public record FieldChange(
        @Schema(description = "Field name as in the event payload; old/new, previous and …Before/…After pairs are "
                + "reported under the field's own name") String field,
        @Schema(description = "Value before the event; null when the field had none") JsonNode before,
        @Schema(description = "Value after the event; absent when the event does not state it") JsonNode after,
        @Schema(description = "true for fields of private aggregates (users): values are never recorded") Boolean masked) {

    public static FieldChange of(String field, JsonNode before, JsonNode after) {
        return new FieldChange(field, before == null ? NullNode.getInstance() : before, after, null);
    }

    public static FieldChange masked(String field) {
        return new FieldChange(field, null, null, Boolean.TRUE);
    }
}
