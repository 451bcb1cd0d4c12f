package com.catalog.engines;

/** What an app needs to reach one database. */
public record PostgresDatabase(String jdbcUrl, String username, String password) {
}
