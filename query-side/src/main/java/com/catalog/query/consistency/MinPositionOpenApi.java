package com.catalog.query.consistency;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;

/**
 * Documents {@link RequestedMinPosition} once for every endpoint that takes it: the header and the query parameter,
 * instead of each endpoint repeating both declarations.
 */
@Configuration(proxyBeanMethods = false)
class MinPositionOpenApi {

    static {
        SpringDocUtils.getConfig().addAnnotationsToIgnore(RequestedMinPosition.class);
    }

    private static final String DESCRIPTION = "Read your own write: wait (bounded by catalog.read.consistency-timeout, "
            + "then 503 with Retry-After) until this read model has processed this event-store position, the "
            + "X-Catalog-Position a write returned. Must be a non-negative integer (else 400 invalid-min-position).";

    @Bean
    OperationCustomizer minPositionParameters() {
        return (operation, handler) -> {
            boolean takesIt = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(RequestedMinPosition.class));
            if (takesIt) {
                operation.addParametersItem(new Parameter().in("header").name(MinPosition.HEADER).required(false)
                        .description(DESCRIPTION).example(42).schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO)));
                operation.addParametersItem(new Parameter().in("query").name(MinPosition.PARAMETER).required(false)
                        .description("Same as the " + MinPosition.HEADER + " header (the header wins when both are sent)")
                        .schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO)));
            }
            return operation;
        };
    }
}
