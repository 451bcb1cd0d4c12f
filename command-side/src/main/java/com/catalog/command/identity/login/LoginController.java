package com.catalog.command.identity.login;

import com.catalog.command.identity.AuthenticationFailedException;
import com.catalog.command.identity.Credentials;
import com.catalog.command.identity.UserAccount;
import com.catalog.command.identity.session.Sessions;
import com.catalog.command.identity.session.TokenResponse;
import com.catalog.command.security.LoginThrottle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in: email and password for an access token and a refresh token; failures are throttled per account and IP. */
@RestController
class LoginController {

    private final Credentials credentials;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    LoginController(Credentials credentials, Sessions sessions, LoginThrottle throttle) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    @Operation(summary = "Sign in", description = "Public. Answers OAuth2 token fields; the access token is an RS256 JWT.")
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ApiResponse(responseCode = "401", description = "Wrong email or password (code invalid-credentials)")
    @ApiResponse(responseCode = "429", description = "Too many failed sign-ins for this account or IP; see Retry-After")
    @ApiResponse(responseCode = "403", description = "Suspended or not yet approved (account-suspended, account-pending-approval)")
    @PostMapping("/api/v1/auth/login")
    ResponseEntity<TokenResponse> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        String ip = http.getRemoteAddr();
        throttle.requireAllowed(ip, request.email());
        UserAccount account;
        try {
            account = credentials.verify(request.email(), request.password());
        } catch (AuthenticationFailedException failed) {
            throttle.recordFailure(ip, request.email());
            throw failed;
        }
        throttle.recordSuccess(request.email());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(sessions.start(account));
    }
}
