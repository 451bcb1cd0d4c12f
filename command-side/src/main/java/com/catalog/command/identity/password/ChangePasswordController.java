package com.catalog.command.identity.password;

import com.catalog.command.identity.AuthenticationFailedException;
import com.catalog.command.identity.Credentials;
import com.catalog.command.identity.PasswordPolicy;
import com.catalog.command.identity.UserAccount;
import com.catalog.command.identity.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in user changes their password; every session, this one included, ends with it. */
@RestController
class ChangePasswordController {

    private final UserAccounts accounts;
    private final Credentials credentials;
    private final CommandGateway commandGateway;

    ChangePasswordController(UserAccounts accounts, Credentials credentials, CommandGateway commandGateway) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.commandGateway = commandGateway;
    }

    @Operation(summary = "Change the signed-in user's password", description = "Revokes all of the user's sessions.")
    @ApiResponse(responseCode = "204", description = "Changed; sign in again")
    @ApiResponse(responseCode = "401", description = "The current password is wrong (code invalid-credentials)")
    @ApiResponse(responseCode = "422", description = "The new password is too weak (code weak-password)")
    @PostMapping("/api/v1/auth/change-password")
    ResponseEntity<Void> change(@AuthenticationPrincipal Jwt caller, @Valid @RequestBody ChangePasswordRequest request) {
        UserAccount account = accounts.byId(caller.getSubject())
                .orElseThrow(() -> new AggregateNotFoundException(caller.getSubject(), "no account"));
        if (!credentials.matches(account, request.currentPassword())) {
            throw AuthenticationFailedException.invalidCredentials();
        }
        PasswordPolicy.require(request.newPassword(), account.email());
        commandGateway.sendAndWait(new ChangePasswordCommand(account.userId(), credentials.hash(request.newPassword())));
        return ResponseEntity.noContent().build();
    }
}
