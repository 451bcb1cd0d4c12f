package com.catalog.command.identity.me;

import com.catalog.command.identity.UserAccount;
import com.catalog.command.identity.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account. */
@RestController
class MeController {

    private final UserAccounts accounts;
    private final CommandGateway commandGateway;

    MeController(UserAccounts accounts, CommandGateway commandGateway) {
        this.accounts = accounts;
        this.commandGateway = commandGateway;
    }

    @Operation(summary = "The signed-in user")
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "404", description = "The token's subject has no account here (e.g. another issuer's user)")
    @GetMapping("/api/v1/auth/me")
    MeResponse me(@AuthenticationPrincipal Jwt caller) {
        return MeResponse.of(account(caller));
    }

    @Operation(summary = "Change the signed-in user's profile", description = "Only name; any other field "
            + "(role, status, email...) is refused with 400 read-only-field.")
    @ApiResponse(responseCode = "200", description = "The account after the change")
    @ApiResponse(responseCode = "400", description = "A read-only field, or no name")
    @PutMapping("/api/v1/auth/me")
    ResponseEntity<MeResponse> update(@AuthenticationPrincipal Jwt caller, @RequestBody Map<String, Object> body) {
        ProfileUpdate update = ProfileUpdate.from(body);
        String userId = account(caller).userId();
        commandGateway.sendAndWait(new ChangeProfileCommand(userId, update.name()));
        return ResponseEntity.ok(MeResponse.of(account(caller)));
    }

    private UserAccount account(Jwt caller) {
        return accounts.byId(caller.getSubject())
                .orElseThrow(() -> new AggregateNotFoundException(caller.getSubject(), "no account"));
    }
}
