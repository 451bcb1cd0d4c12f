package com.catalog.command.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM with a random key per user in {@code event_store.user_pii_key}; sealed values read
 * {@code pii:v1:<base64(iv | ciphertext | tag)>}. The user id is the associated data, so a value copied into
 * another user's event does not open. The key table sits next to the events and is written in the same
 * transaction; in production it belongs in a database role (or a KMS) that backups of the events do not include.
 */
@Component
class JdbcPersonalData implements PersonalData {

    private static final String PREFIX = "pii:v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    JdbcPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String seal(String userId, String plaintext) {
        byte[] iv = random(IV_BYTES);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keyOrCreate(userId), iv, userId, plaintext.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
    }

    @Override
    public Optional<String> open(String userId, String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        return key(userId).map(key -> {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            byte[] iv = java.util.Arrays.copyOfRange(bytes, 0, IV_BYTES);
            byte[] body = java.util.Arrays.copyOfRange(bytes, IV_BYTES, bytes.length);
            return new String(crypt(Cipher.DECRYPT_MODE, key, iv, userId, body), StandardCharsets.UTF_8);
        });
    }

    @Override
    public void destroyKeyOf(String userId) {
        jdbc.sql("DELETE FROM event_store.user_pii_key WHERE user_id = ?").param(userId).update();
    }

    private byte[] keyOrCreate(String userId) {
        jdbc.sql("INSERT INTO event_store.user_pii_key (user_id, secret, created_at) VALUES (?, ?, ?) ON CONFLICT (user_id) DO NOTHING")
                .params(userId, random(KEY_BYTES), Timestamp.from(Instant.now())).update();
        return key(userId).orElseThrow();
    }

    private Optional<byte[]> key(String userId) {
        return jdbc.sql("SELECT secret FROM event_store.user_pii_key WHERE user_id = ?").param(userId)
                .query((rs, row) -> rs.getBytes("secret")).optional();
    }

    private static byte[] crypt(int mode, byte[] key, byte[] iv, String userId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(userId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data of user " + userId + " cannot be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }
}
