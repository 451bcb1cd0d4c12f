package com.catalog.command.identity.verification;

import com.catalog.command.identity.EmailAlreadyVerifiedException;
import com.catalog.command.identity.IdentityProperties;
import com.catalog.command.identity.InvalidOneTimeTokenException;
import com.catalog.command.identity.UserAccount;
import com.catalog.command.identity.UserAccounts;
import com.catalog.command.identity.notification.Notifications;
import com.catalog.command.identity.notification.OneTimeTokens;
import com.catalog.command.identity.notification.TokenPurpose;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Proving the email address: a token is mailed at registration (and on request) and comes back here. */
@RestController
class EmailVerificationController {

    private final OneTimeTokens tokens;
    private final Notifications notifications;
    private final UserAccounts accounts;
    private final IdentityProperties properties;
    private final CommandGateway commandGateway;

    EmailVerificationController(OneTimeTokens tokens, Notifications notifications, UserAccounts accounts,
                                IdentityProperties properties, CommandGateway commandGateway) {
        this.tokens = tokens;
        this.notifications = notifications;
        this.accounts = accounts;
        this.properties = properties;
        this.commandGateway = commandGateway;
    }

    @Operation(summary = "Verify the email address with the token from the email", description = "Public; each token works once.")
    @ApiResponse(responseCode = "204", description = "Verified")
    @ApiResponse(responseCode = "400", description = "Invalid, used or expired token (code invalid-token)")
    @PostMapping("/api/v1/auth/verify-email")
    ResponseEntity<Void> verify(@Valid @RequestBody TokenRequest request) {
        String userId = tokens.redeem(request.token(), TokenPurpose.EMAIL_VERIFICATION)
                .orElseThrow(InvalidOneTimeTokenException::new);
        commandGateway.sendAndWait(new VerifyEmailCommand(userId));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Send the verification email again", description = "Authenticated; earlier tokens stop working.")
    @ApiResponse(responseCode = "202", description = "Queued for sending")
    @ApiResponse(responseCode = "409", description = "Already verified (code email-already-verified)")
    @PostMapping("/api/v1/auth/resend-verification")
    ResponseEntity<Void> resend(@AuthenticationPrincipal Jwt caller) {
        UserAccount account = accounts.byId(caller.getSubject())
                .orElseThrow(() -> new AggregateNotFoundException(caller.getSubject(), "no account"));
        if (account.emailVerified()) {
            throw new EmailAlreadyVerifiedException();
        }
        notifications.sendTokenLater(() -> Optional.of(account), TokenPurpose.EMAIL_VERIFICATION,
                properties.emailVerificationTtl());
        return ResponseEntity.accepted().build();
    }
}
