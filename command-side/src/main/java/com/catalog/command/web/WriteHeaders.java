package com.catalog.command.web;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The 200 of a change of an admin-managed resource, documented once. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "Done (or nothing to change: same version)", headers = {
        @Header(name = "ETag", description = "the aggregate version after the change, quoted"),
        @Header(name = ApiHeaders.POSITION, description = "global position of the aggregate's latest event")})
public @interface WriteHeaders {
}
