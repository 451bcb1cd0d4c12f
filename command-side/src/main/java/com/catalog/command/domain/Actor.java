package com.catalog.command.domain;

import java.util.Objects;

/**
 * Who sends a command, as an aggregate needs to know it to decide whether this caller may act. Shared by the
 * admin-managed aggregates (category, brand); the product feature has its own, which may move here later.
 *
 * @param id    the caller's user id (JWT subject)
 * @param admin whether the caller holds the ADMIN role
 */
public record Actor(String id, boolean admin) {

    public Actor {
        Objects.requireNonNull(id, "actor id");
    }

    public static Actor admin(String id) {
        return new Actor(id, true);
    }

    public static Actor nonAdmin(String id) {
        return new Actor(id, false);
    }

    /** @throws AdminOnlyException when this actor is not an admin */
    public void requireAdmin(String what) {
        if (!admin) {
            throw new AdminOnlyException(what);
        }
    }
}
