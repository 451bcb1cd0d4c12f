package com.catalog.command.product;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.TreeMap;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Lists the responses of a {@link ProductStatusWriteResponses} endpoint by status code, as when each controller spelled
 * them all out: springdoc puts a method's own {@code @ApiResponse}s (its 403 and 409) before the shared ones.
 */
@Component
class ProductStatusWriteResponsesOrder implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        ApiResponses responses = operation.getResponses();
        if (responses != null && handlerMethod.hasMethodAnnotation(ProductStatusWriteResponses.class)) {
            ApiResponses byStatus = new ApiResponses();
            new TreeMap<>(responses).forEach(byStatus::addApiResponse);
            byStatus.setExtensions(responses.getExtensions());
            operation.setResponses(byStatus);
        }
        return operation;
    }
}
