package com.catalog.command.identity.reset;

/** The one answer to forgot-password, whatever the email. */
record AcceptedResponse(String message) {
}
