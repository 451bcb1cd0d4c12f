package com.catalog.command.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code Long} parameter of a write endpoint that receives the version the client last saw, read from
 * {@value IfMatch#HEADER} by {@link IfMatch#expectedVersion} (null: no header or {@code *}, the last writer wins; not an
 * ETag this API returned: 400 invalid-value). Resolved by {@link ExpectedVersionArgumentResolver}; the header is added
 * to the endpoint's OpenAPI operation by {@link ExpectedVersionOpenApi}, so no endpoint declares it itself.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ExpectedVersion {
}
