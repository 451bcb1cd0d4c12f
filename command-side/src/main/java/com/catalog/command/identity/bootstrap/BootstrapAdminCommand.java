package com.catalog.command.identity.bootstrap;

/** Create the first admin from configuration; no REST endpoint sends it. */
public record BootstrapAdminCommand(String userId, String email, String name, String passwordHash) {
}
