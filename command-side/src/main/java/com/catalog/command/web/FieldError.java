package com.catalog.command.web;

/** One rejected field of a request body, as listed in a 400 problem's {@code errors}. */
public record FieldError(String field, String message) {
}
