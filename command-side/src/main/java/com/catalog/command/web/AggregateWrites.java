package com.catalog.command.web;

import com.catalog.command.domain.Actor;
import com.catalog.command.eventstore.WritePosition;
import com.catalog.command.eventstore.WritePositions;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Sends a command to one aggregate and answers with its version (ETag) and global position. */
@Component
public class AggregateWrites {

    /** Builds the command of a change without a body from the aggregate id, the acting admin and {@code If-Match}. */
    @FunctionalInterface
    public interface BodilessCommand {
        Object of(String aggregateId, Actor actor, Long expectedVersion);
    }

    private final CommandGateway commandGateway;
    private final WritePositions writePositions;

    AggregateWrites(CommandGateway commandGateway, WritePositions writePositions) {
        this.commandGateway = commandGateway;
        this.writePositions = writePositions;
    }

    /** Sends and waits; the command's transaction has committed when this returns. */
    public WriteResponse sendAndWait(String aggregateId, Object command) {
        commandGateway.sendAndWait(command);
        WritePosition written = writePositions.latestOf(aggregateId);
        return new WriteResponse(aggregateId, written.version(), written.position());
    }

    /** 201 with {@code Location} under {@code collectionPath}. */
    public ResponseEntity<WriteResponse> create(String collectionPath, String aggregateId, Object command) {
        WriteResponse written = sendAndWait(aggregateId, command);
        return withVersion(ResponseEntity.created(URI.create(collectionPath + "/" + aggregateId)), written);
    }

    /** 200 for a change of an existing aggregate. */
    public ResponseEntity<WriteResponse> change(String aggregateId, Object command) {
        return withVersion(ResponseEntity.ok(), sendAndWait(aggregateId, command));
    }

    /**
     * 200 for a change without a body that only an admin may make (e.g. feature, deactivate): checks the caller
     * ({@code what} names the resource in the 403), reads {@code If-Match}, then sends the command.
     */
    public ResponseEntity<WriteResponse> adminChange(UUID id, String ifMatch, Authentication caller, String what,
                                                     BodilessCommand command) {
        Actor actor = Callers.requireAdmin(caller, what);
        return change(id.toString(), command.of(id.toString(), actor, IfMatch.expectedVersion(ifMatch)));
    }

    private static ResponseEntity<WriteResponse> withVersion(ResponseEntity.BodyBuilder response, WriteResponse written) {
        return response.eTag(Long.toString(written.version()))
                .header(ApiHeaders.POSITION, Long.toString(written.position()))
                .body(written);
    }
}
