package com.catalog.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Tokens must verify against the PEM file exactly as the apps' resource servers read it. */
class DevJwtIssuerTest {

    @Test
    void mintedTokenVerifiesWithThePublishedPublicKey() throws Exception {
        DevJwtIssuer issuer = TestEngines.jwt();

        String token = issuer.mint("seller-1", Duration.ofMinutes(5), "SELLER");
        Jwt jwt = NimbusJwtDecoder.withPublicKey(readPublicKey(issuer.publicKeyFile())).build().decode(token);

        assertThat(issuer.publicKeyLocation()).startsWith("file:/").endsWith("/public.pem");
        assertThat(jwt.getSubject()).isEqualTo("seller-1");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SELLER");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("catalog-dev");
        assertThat(jwt.getId()).isNotBlank();
        assertThat(jwt.getHeaders()).containsEntry("kid", issuer.keyId()).containsEntry("alg", "RS256");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void persistentKeySurvivesARestart(@TempDir Path dir) throws Exception {
        DevJwtIssuer first = DevJwtIssuer.persistent(dir);
        String token = first.mint("admin-1", Duration.ofMinutes(5), "ADMIN");

        DevJwtIssuer second = DevJwtIssuer.persistent(dir);
        Jwt jwt = NimbusJwtDecoder.withPublicKey(readPublicKey(second.publicKeyFile())).build().decode(token);

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN");
        assertThat(Files.getPosixFilePermissions(dir.resolve("private.pem"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    private static RSAPublicKey readPublicKey(Path pem) throws Exception {
        String text = Files.readString(pem);
        assertThat(text).startsWith("-----BEGIN PUBLIC KEY-----");
        byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
