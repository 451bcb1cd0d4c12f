package com.catalog.command.product;

import java.util.Objects;

/**
 * Who sends a command, as the aggregate needs to know it: the aggregate itself decides whether this actor may
 * act on this product, so a controller that forgets a check cannot open a hole.
 *
 * @param id    the caller's user id (JWT subject)
 * @param admin whether the caller holds the ADMIN role, which acts on every product
 */
public record Actor(String id, boolean admin) {

    public Actor {
        Objects.requireNonNull(id, "actor id");
    }

    public static Actor seller(String id) {
        return new Actor(id, false);
    }

    public static Actor admin(String id) {
        return new Actor(id, true);
    }
}
