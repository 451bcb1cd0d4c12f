package com.catalog.query.integration;

/** Kafka did not acknowledge every record of a batch: the batch fails and is retried from its last token. */
class IntegrationPublishingException extends RuntimeException {

    IntegrationPublishingException(String message, Throwable cause) {
        super(message, cause);
    }
}
