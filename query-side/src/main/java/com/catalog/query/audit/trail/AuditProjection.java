package com.catalog.query.audit.trail;

import com.catalog.query.audit.AuditProcessor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Audits every event of the event store, of any aggregate and any type, into {@code read.audit_entry}. It declares
 * no event classes on purpose: events added later are audited without touching this class.
 */
@Component
@ProcessingGroup(AuditProcessor.NAME)
class AuditProjection {

    private final AuditTrail trail;

    AuditProjection(AuditTrail trail) {
        this.trail = trail;
    }

    /** The {@code Object} payload parameter is what makes this handler match every event type. */
    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        trail.record(event, token.position().orElseThrow(
                () -> new IllegalStateException("Event " + event.getIdentifier() + " arrived without a position")));
    }

    @ResetHandler
    void reset() {
        trail.forgetEverything();
    }
}
