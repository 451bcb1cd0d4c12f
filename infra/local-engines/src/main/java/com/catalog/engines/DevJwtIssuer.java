package com.catalog.engines;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * DEV/TEST ONLY: signs RS256 tokens the apps accept because they are given this issuer's public
 * key ({@link #publicKeyLocation()}) instead of a real identity provider's.
 */
public final class DevJwtIssuer {

    public static final String ISSUER = "catalog-dev";

    private final Path publicKeyFile;
    private final String keyId;
    private final NimbusJwtEncoder encoder;

    private DevJwtIssuer(KeyPair keys, Path publicKeyFile) {
        this.publicKeyFile = publicKeyFile;
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate()).build();
        try {
            this.keyId = jwk.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder(jwk).keyID(keyId).build())));
    }

    /** Tests: a fresh key per JVM; only the public key is written, to a temp dir. */
    public static DevJwtIssuer ephemeral(Path dir) {
        KeyPair keys = generate();
        writePem(dir.resolve("public.pem"), "PUBLIC KEY", keys.getPublic().getEncoded());
        return new DevJwtIssuer(keys, dir.resolve("public.pem"));
    }

    /** The run command: the key pair lives in {@code dir} so tokens survive restarts. */
    public static DevJwtIssuer persistent(Path dir) {
        Path privateKey = dir.resolve("private.pem");
        Path publicKey = dir.resolve("public.pem");
        try {
            if (Files.exists(privateKey) && Files.exists(publicKey)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                KeyPair keys = new KeyPair(
                        rsa.generatePublic(new X509EncodedKeySpec(readPem(publicKey))),
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateKey))));
                return new DevJwtIssuer(keys, publicKey);
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            EngineLog.say("dev JWT key in %s unreadable (%s): generating a new one", dir, e.getMessage());
        }
        KeyPair keys = generate();
        writePem(privateKey, "PRIVATE KEY", keys.getPrivate().getEncoded());
        writePem(publicKey, "PUBLIC KEY", keys.getPublic().getEncoded());
        EngineLog.say("generated a dev JWT signing key in %s", dir);
        return new DevJwtIssuer(keys, publicKey);
    }

    /** For {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public String publicKeyLocation() {
        return publicKeyFile.toUri().toString();
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    public String keyId() {
        return keyId;
    }

    /** An RS256 token for {@code subject} with the given roles (e.g. "SELLER", "ADMIN"). */
    public String mint(String subject, Duration ttl, String... roles) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .id(UUID.randomUUID().toString())
                .claim("roles", List.of(roles))
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePem(Path file, String type, byte[] der) {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        try {
            Files.createDirectories(file.getParent());
            if (type.contains("PRIVATE")) { // owner-only from the first byte on
                Files.deleteIfExists(file);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static byte[] readPem(Path file) {
        try {
            String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
