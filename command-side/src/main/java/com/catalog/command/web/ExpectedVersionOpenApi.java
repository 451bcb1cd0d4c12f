package com.catalog.command.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents {@link ExpectedVersion} once for every endpoint that takes it: the optional {@value IfMatch#HEADER} header,
 * as each endpoint used to declare it (springdoc read the annotation's example {@code "\"3\""} as JSON: {@code 3}),
 * instead of an {@code expectedVersion} query parameter.
 */
@Configuration(proxyBeanMethods = false)
class ExpectedVersionOpenApi {

    static {
        SpringDocUtils.getConfig().addAnnotationsToIgnore(ExpectedVersion.class);
    }

    @Bean
    OperationCustomizer ifMatchHeader() {
        return (operation, handler) -> {
            boolean takesIt = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(ExpectedVersion.class));
            if (takesIt) {
                operation.addParametersItem(new Parameter().in("header").name(IfMatch.HEADER).required(false)
                        .description("the ETag last read; without it the last writer wins").example("3")
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }
}
