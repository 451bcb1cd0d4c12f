package com.catalog.command.web;

import com.catalog.command.eventstore.WritePosition;
import com.catalog.command.eventstore.WritePositions;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Sends a command to one aggregate and answers with its version (ETag) and global position. */
@Component
public class AggregateWrites {

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

    private static ResponseEntity<WriteResponse> withVersion(ResponseEntity.BodyBuilder response, WriteResponse written) {
        return response.eTag(Long.toString(written.version()))
                .header(ApiHeaders.POSITION, Long.toString(written.position()))
                .body(written);
    }
}
