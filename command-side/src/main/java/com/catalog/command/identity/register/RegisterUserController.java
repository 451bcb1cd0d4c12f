package com.catalog.command.identity.register;

import com.catalog.command.identity.Credentials;
import com.catalog.command.identity.PasswordPolicy;
import com.catalog.events.user.UserStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public registration. The password is checked against the policy and hashed here; only the hash travels on. The
 * verification email is put in the outbox with the account (VerificationOnRegistration), in the same transaction.
 */
@RestController
class RegisterUserController {

    private final CommandGateway commandGateway;
    private final Credentials credentials;

    RegisterUserController(CommandGateway commandGateway, Credentials credentials) {
        this.commandGateway = commandGateway;
        this.credentials = credentials;
    }

    @Operation(summary = "Register an account", description = "Public. accountType BUYER (default) or SELLER; "
            + "a SELLER account can sign in once an admin approved it.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "400", description = "Invalid fields or account type")
    @ApiResponse(responseCode = "409", description = "Email taken (code email-taken)")
    @ApiResponse(responseCode = "422", description = "Password too weak (code weak-password)")
    @PostMapping("/api/v1/auth/register")
    ResponseEntity<RegisterUserResponse> register(@Valid @RequestBody RegisterUserRequest request) {
        PasswordPolicy.require(request.password(), request.email());
        String id = UUID.randomUUID().toString();
        AccountType type = request.accountTypeOrDefault();
        commandGateway.sendAndWait(new RegisterUserCommand(id, request.email(), request.name(),
                credentials.hash(request.password()), type));
        UserStatus status = type == AccountType.SELLER ? UserStatus.PENDING_APPROVAL : UserStatus.ACTIVE;
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + id)).body(new RegisterUserResponse(id, status));
    }
}
