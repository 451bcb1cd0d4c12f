package com.catalog.command.domain;

/** Why a rule refused a command; decides the HTTP status without the domain knowing about HTTP. */
public enum ViolationKind {
    /** The command clashes with existing state (a taken SKU): 409. */
    CONFLICT,
    /** The caller is authenticated but may not act on this aggregate (another seller's product): 403. */
    FORBIDDEN,
    /** The command is well-formed but breaks an invariant of the aggregate: 422. */
    UNPROCESSABLE
}
