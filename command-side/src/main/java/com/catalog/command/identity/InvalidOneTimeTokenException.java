package com.catalog.command.identity;

/** A verification or reset token that is unknown, used, expired or of another purpose: 400, one answer for all. */
public class InvalidOneTimeTokenException extends RuntimeException {

    public InvalidOneTimeTokenException() {
        super("The link is invalid, expired or was already used; ask for a new one.");
    }
}
