package com.catalog.command.identity;

/**
 * Credentials or a refresh token were not accepted: 401. Not a domain rule (no aggregate refused anything), so
 * it is answered by {@link IdentityProblemAdvice}. Messages never say which part was wrong.
 */
public class AuthenticationFailedException extends RuntimeException {

    private final String code;

    public AuthenticationFailedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AuthenticationFailedException invalidCredentials() {
        return new AuthenticationFailedException("invalid-credentials", "The email or password is wrong.");
    }
}
