package com.catalog.command.product.bulk;

import com.catalog.command.product.create.CreateProductRequest;
import com.catalog.command.product.rest.UnknownFieldsException;
import com.catalog.command.web.FieldError;
import com.catalog.command.web.InvalidFieldsException;
import com.catalog.command.web.PreparedCommand;
import com.catalog.events.value.ProductId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads one bulk item exactly as {@code POST /api/v1/products} reads its body (the same request record, the same
 * Bean Validation limits, the same refusal of unknown members), so both endpoints take one shape.
 */
@Component
public class ProductBulkItems {

    private final ObjectMapper json;
    private final Validator validator;

    ProductBulkItems(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** @throws RuntimeException the item's refusal, which becomes its problem in the bulk answer */
    PreparedCommand read(JsonNode item, String sellerId) {
        return read(item, ProductId.newId(), sellerId);
    }

    /** As {@link #read(JsonNode, String)} with the product's id chosen by the caller (an import line's own). */
    public PreparedCommand read(JsonNode item, ProductId id, String sellerId) {
        CreateProductRequest request = bind(item);
        Set<ConstraintViolation<CreateProductRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations.stream()
                    .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList());
        }
        try {
            return new PreparedCommand(id.value(), request.toCommand(id, sellerId));
        } catch (UnknownFieldsException unknown) {
            throw new UnknownItemFieldsException(unknown);
        }
    }

    private CreateProductRequest bind(JsonNode item) {
        if (item == null || !item.isObject()) {
            throw new InvalidFieldsException(List.of(new FieldError("", "must be a JSON object")));
        }
        try {
            return json.treeToValue(item, CreateProductRequest.class);
        } catch (JsonProcessingException malformed) {
            throw new InvalidFieldsException(List.of(new FieldError(pathOf(malformed),
                    "is not of the expected type (amounts are whole numbers of minor units)")));
        }
    }

    /** E.g. {@code prices[0].amount}; Jackson's own message would name our classes. */
    private static String pathOf(JsonProcessingException malformed) {
        if (!(malformed instanceof JsonMappingException mapping)) {
            return "";
        }
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
