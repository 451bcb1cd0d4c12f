package com.catalog.command.identity.admin;

import com.catalog.command.identity.UserAccounts;
import com.catalog.command.identity.me.MeResponse;
import com.catalog.events.user.UserStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User administration; role ADMIN (checked by the security filter chain for all of /api/v1/admin). */
@RestController
class AdminUsersController {

    private static final String USERS = "/api/v1/admin/users";

    private final UserAccounts accounts;
    private final CommandGateway commandGateway;

    AdminUsersController(UserAccounts accounts, CommandGateway commandGateway) {
        this.accounts = accounts;
        this.commandGateway = commandGateway;
    }

    @Operation(summary = "List or search users", description = "q matches email or name (any case); newest first.")
    @GetMapping(USERS)
    UserPage list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) UserStatus status,
                  @RequestParam(defaultValue = "0") @Min(0) int page,
                  @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        String text = q.strip();
        return new UserPage(accounts.search(text, status, page * size, size).stream().map(MeResponse::of).toList(),
                page, size, accounts.count(text, status));
    }

    @Operation(summary = "One user")
    @ApiResponse(responseCode = "404", description = "No such user")
    @GetMapping(USERS + "/{id}")
    MeResponse one(@PathVariable String id) {
        return current(id);
    }

    @Operation(summary = "Approve a seller account requested at registration")
    @ApiResponse(responseCode = "409", description = "Not waiting for approval (code not-pending-approval)")
    @PostMapping(USERS + "/{id}/approve")
    MeResponse approve(@PathVariable String id) {
        commandGateway.sendAndWait(new ApproveSellerCommand(id));
        return current(id);
    }

    @Operation(summary = "Change a user's role", description = "Revokes the user's sessions; not on your own account.")
    @ApiResponse(responseCode = "403", description = "Your own account (code own-account)")
    @PutMapping(USERS + "/{id}/role")
    MeResponse changeRole(@PathVariable String id, @Valid @RequestBody ChangeRoleRequest request,
                          @AuthenticationPrincipal Jwt caller) {
        commandGateway.sendAndWait(new ChangeUserRoleCommand(id, request.role(), caller.getSubject()));
        return current(id);
    }

    @Operation(summary = "Suspend a user", description = "No sign-in until reactivated; revokes all the user's sessions.")
    @PostMapping(USERS + "/{id}/suspend")
    MeResponse suspend(@PathVariable String id, @AuthenticationPrincipal Jwt caller) {
        commandGateway.sendAndWait(new SuspendUserCommand(id, caller.getSubject()));
        return current(id);
    }

    @Operation(summary = "Lift a suspension")
    @ApiResponse(responseCode = "409", description = "Not suspended (code not-suspended)")
    @PostMapping(USERS + "/{id}/reactivate")
    MeResponse reactivate(@PathVariable String id) {
        commandGateway.sendAndWait(new ReactivateUserCommand(id));
        return current(id);
    }

    private MeResponse current(String id) {
        return accounts.byId(id).map(MeResponse::of).orElseThrow(() -> new AggregateNotFoundException(id, "no user"));
    }
}
