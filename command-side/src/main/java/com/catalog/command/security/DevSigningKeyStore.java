package com.catalog.command.security;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEV ONLY: generates the signing key at first start and keeps it in {@code event_store.jwt_signing_key}, so
 * tokens survive restarts and every replica signs with the same key. An advisory lock makes concurrent first
 * starts agree on one key.
 */
@Component
class DevSigningKeyStore {

    private static final Logger log = LoggerFactory.getLogger(DevSigningKeyStore.class);
    private static final long LOCK_ID = 0x4341544b4559L; // "CATKEY"
    private static final int KEY_SIZE = 2048;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DevSigningKeyStore(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    RSAKey loadOrGenerate() {
        return transaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK_ID).query(Object.class).single();
            return newest().orElseGet(this::generate);
        });
    }

    private Optional<RSAKey> newest() {
        return jdbc.sql("SELECT key_id, private_key FROM event_store.jwt_signing_key ORDER BY created_at DESC LIMIT 1")
                .query((rs, row) -> toJwk(rs.getString("key_id"), PemKeys.privateKey(rs.getString("private_key"))))
                .optional();
    }

    private RSAKey generate() {
        RSAPrivateCrtKey privateKey = newPrivateKey();
        String id = "dev-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO event_store.jwt_signing_key (key_id, private_key, created_at) VALUES (?, ?, ?)")
                .params(id, PemKeys.privatePem(privateKey), java.sql.Timestamp.from(Instant.now())).update();
        log.warn("Generated JWT signing key {} and stored it in the database: for development only; configure "
                + "catalog.security.jwt.keys in production", id);
        return toJwk(id, privateKey);
    }

    private static RSAKey toJwk(String id, RSAPrivateCrtKey privateKey) {
        return SigningKeysConfiguration.jwk(new RSAKey.Builder(PemKeys.publicKeyOf(privateKey)).privateKey(privateKey), id);
    }

    private static RSAPrivateCrtKey newPrivateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            return (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
