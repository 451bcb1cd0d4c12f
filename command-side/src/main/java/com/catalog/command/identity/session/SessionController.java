package com.catalog.command.identity.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Refresh-token rotation and sign-out. */
@RestController
class SessionController {

    private final Sessions sessions;

    SessionController(Sessions sessions) {
        this.sessions = sessions;
    }

    @Operation(summary = "Exchange a refresh token for new tokens", description = "Public. Each refresh token works "
            + "once; presenting a used one ends the whole session (code refresh-token-reused).")
    @ApiResponse(responseCode = "200", description = "New access and refresh tokens")
    @ApiResponse(responseCode = "401", description = "Unknown, expired, revoked or reused refresh token")
    @PostMapping("/api/v1/auth/refresh")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(sessions.refresh(request.refreshToken()));
    }

    @Operation(summary = "Sign out", description = "Ends the session: its refresh tokens and this access token stop "
            + "working on both apps.")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @PostMapping("/api/v1/auth/logout")
    ResponseEntity<Void> logout(@AuthenticationPrincipal Jwt caller) {
        sessions.logout(caller);
        return ResponseEntity.noContent().build();
    }
}
