package com.catalog.query.consistency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code OptionalLong} parameter of a read endpoint that receives the reader's minimum event-store position
 * from the {@value MinPosition#HEADER} header or the {@value MinPosition#PARAMETER} query parameter (the header wins;
 * negative → 400 problem). Resolved by {@link MinPositionArgumentResolver}; both parameters are added to the endpoint's
 * OpenAPI operation by {@link MinPositionOpenApi}, so no endpoint declares them itself.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequestedMinPosition {
}
