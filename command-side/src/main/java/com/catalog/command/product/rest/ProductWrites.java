package com.catalog.command.product.rest;

import com.catalog.command.eventstore.WritePosition;
import com.catalog.command.eventstore.WritePositions;
import com.catalog.command.web.ApiHeaders;
import com.catalog.events.value.ProductId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Sends a command that changes an existing product and answers with its version (ETag) and position. */
@Component
public class ProductWrites {

    private final CommandGateway commandGateway;
    private final WritePositions writePositions;

    ProductWrites(CommandGateway commandGateway, WritePositions writePositions) {
        this.commandGateway = commandGateway;
        this.writePositions = writePositions;
    }

    public ResponseEntity<ProductWriteResponse> send(ProductId id, Object command) {
        commandGateway.sendAndWait(command);
        WritePosition written = writePositions.latestOf(id.value());
        return ResponseEntity.ok()
                .eTag(Long.toString(written.version()))
                .header(ApiHeaders.POSITION, Long.toString(written.position()))
                .body(new ProductWriteResponse(id.value(), written.version(), written.position()));
    }
}
