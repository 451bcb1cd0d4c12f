package com.catalog.command.web;

/** Metadata keys every command carries and Axon copies onto the events it causes (the audit trail reads them). */
public final class CommandMetadata {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CLIENT_IP = "clientIp";
    /** W3C trace context of the request that sent the command (its server span), so event handlers continue the trace. */
    public static final String TRACE_PARENT = "traceparent";
    public static final String TRACE_STATE = "tracestate";

    private CommandMetadata() {
    }
}
