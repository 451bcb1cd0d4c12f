package com.catalog.command.domain;

import java.util.Objects;

/**
 * Who sends a command, as an aggregate needs to know it to decide whether this caller may act. Shared by every
 * aggregate that checks its caller (product, category, brand): the aggregate decides, so a controller that forgets a
 * check opens no hole.
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
