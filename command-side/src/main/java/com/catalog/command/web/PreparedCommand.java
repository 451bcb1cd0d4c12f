package com.catalog.command.web;

/** A command read from one bulk item, with the id of the aggregate it targets or creates. */
public record PreparedCommand(String aggregateId, Object command) {
}
