package com.catalog.command.identity.reset;

import com.catalog.command.identity.IdentityProperties;
import com.catalog.command.identity.InvalidOneTimeTokenException;
import com.catalog.command.identity.PasswordPolicy;
import com.catalog.command.identity.Credentials;
import com.catalog.command.identity.UserAccounts;
import com.catalog.command.identity.notification.Notifications;
import com.catalog.command.identity.notification.OneTimeTokens;
import com.catalog.command.identity.notification.TokenPurpose;
import com.catalog.command.identity.password.ChangePasswordCommand;
import com.catalog.events.user.UserStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forgotten password: a reset token by email, then a new password with it. forgot-password answers 202 with the
 * same body at the same speed whether or not the email has an account (the lookup runs on the sender thread).
 */
@RestController
class PasswordResetController {

    private static final AcceptedResponse ACCEPTED =
            new AcceptedResponse("If an account exists for this email, a link to reset its password is on its way.");

    private final Notifications notifications;
    private final OneTimeTokens tokens;
    private final UserAccounts accounts;
    private final Credentials credentials;
    private final IdentityProperties properties;
    private final CommandGateway commandGateway;

    PasswordResetController(Notifications notifications, OneTimeTokens tokens, UserAccounts accounts,
                            Credentials credentials, IdentityProperties properties, CommandGateway commandGateway) {
        this.notifications = notifications;
        this.tokens = tokens;
        this.accounts = accounts;
        this.credentials = credentials;
        this.properties = properties;
        this.commandGateway = commandGateway;
    }

    @Operation(summary = "Ask for a password-reset email", description = "Public; the same 202 for every email.")
    @ApiResponse(responseCode = "202", description = "Accepted")
    @PostMapping("/api/v1/auth/forgot-password")
    ResponseEntity<AcceptedResponse> forgot(@Valid @RequestBody ForgotPasswordRequest request) {
        String email = request.email();
        notifications.sendTokenLater(() -> accounts.byEmail(email).filter(account -> account.status() != UserStatus.SUSPENDED),
                TokenPurpose.PASSWORD_RESET, properties.passwordResetTtl());
        return ResponseEntity.accepted().body(ACCEPTED);
    }

    @Operation(summary = "Set a new password with the token from the email", description = "Public; ends every session.")
    @ApiResponse(responseCode = "204", description = "Changed; sign in with the new password")
    @ApiResponse(responseCode = "400", description = "Invalid, used or expired token (code invalid-token)")
    @ApiResponse(responseCode = "422", description = "Password too weak (code weak-password)")
    @PostMapping("/api/v1/auth/reset-password")
    ResponseEntity<Void> reset(@Valid @RequestBody ResetPasswordRequest request) {
        PasswordPolicy.require(request.newPassword(), null);
        String userId = tokens.redeem(request.token(), TokenPurpose.PASSWORD_RESET).orElseThrow(InvalidOneTimeTokenException::new);
        commandGateway.sendAndWait(new ChangePasswordCommand(userId, credentials.hash(request.newPassword())));
        return ResponseEntity.noContent().build();
    }
}
