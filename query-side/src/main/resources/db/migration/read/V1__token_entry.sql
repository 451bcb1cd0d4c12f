-- Axon token store for this app's streaming processors (JdbcTokenStore with snake_case TokenSchema).
-- Tokens are Jackson-serialised into bytea, never oid large objects.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
