package com.catalog.command.identity;

import com.catalog.events.user.UserStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password. An unknown email costs the same bcrypt comparison as a known one (against a hash
 * made at start-up), so response times do not reveal which emails have accounts.
 */
@Component
public class Credentials {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final String decoyHash;

    Credentials(UserAccounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.decoyHash = passwords.encode("decoy-password-for-unknown-emails");
    }

    /**
     * @throws AuthenticationFailedException if the email is unknown or the password wrong (the same answer)
     * @throws AccountNotActiveException     if the password matched but the account may not sign in
     */
    public UserAccount verify(String email, String password) {
        UserAccount account = accounts.byEmail(email).orElse(null);
        boolean matches = passwords.matches(password, account == null ? decoyHash : account.passwordHash());
        if (account == null || !matches) {
            throw AuthenticationFailedException.invalidCredentials();
        }
        if (account.status() != UserStatus.ACTIVE) {
            throw AccountNotActiveException.of(account.status());
        }
        return account;
    }

    /** For a signed-in user confirming their current password (no status check: the token already vouches). */
    public boolean matches(UserAccount account, String password) {
        return passwords.matches(password, account.passwordHash());
    }

    public String hash(String password) {
        return passwords.encode(password);
    }
}
