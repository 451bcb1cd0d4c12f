package com.catalog.command.identity.erasure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Right to erasure by crypto-shredding: the user's key is destroyed, so their email, name and password hash become
 * unreadable in every event that holds them, while the events themselves stay and replay.
 */
@RestController
class ErasePersonalDataController {

    private final CommandGateway commandGateway;

    ErasePersonalDataController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @Operation(summary = "Erase a user's personal data", description = "ADMIN. Idempotent; ends the user's sessions.")
    @ApiResponse(responseCode = "204", description = "Erased")
    @ApiResponse(responseCode = "404", description = "No such user")
    @DeleteMapping("/api/v1/admin/users/{id}/personal-data")
    ResponseEntity<Void> eraseByAdmin(@PathVariable String id) {
        commandGateway.sendAndWait(new ErasePersonalDataCommand(id));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Erase my personal data", description = "Closes the account for good; ends every session.")
    @ApiResponse(responseCode = "204", description = "Erased")
    @DeleteMapping("/api/v1/auth/me/personal-data")
    ResponseEntity<Void> eraseOwn(@AuthenticationPrincipal Jwt caller) {
        commandGateway.sendAndWait(new ErasePersonalDataCommand(caller.getSubject()));
        return ResponseEntity.noContent().build();
    }
}
