package no.samspill.service.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * An OAuth2 authorisation server as far as Samspill sees one: an RSA key the test creates, its public key set served
 * over HTTP, and signed tokens for case-system clients. A second key, never published, signs forged tokens.
 */
public final class TestTokenIssuer implements AutoCloseable {

    public static final String ISSUER = "https://maskinporten.test.samspill.no/";
    public static final String AUDIENCE = "https://samspill.test/";

    private final RSAKey key = newKey();
    private final RSAKey forgerKey = newKey();
    private final HttpServer server;

    private TestTokenIssuer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        byte[] keySet = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keySet.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(keySet);
            }
        });
        server.start();
    }

    public static TestTokenIssuer start() {
        try {
            return new TestTokenIssuer();
        } catch (IOException failed) {
            throw new IllegalStateException("could not serve the test key set", failed);
        }
    }

    /** The settings that make Samspill accept this issuer's tokens. */
    public Map<String, Object> samspillProperties() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                "http://localhost:" + server.getAddress().getPort() + "/jwks",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER,
                "spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE);
    }

    /** Every permission Samspill knows, as the token's scopes. */
    public static final String ALL_SCOPES = "inquiries personal-data service-points library-plans analytics";

    /** A valid token for the client with every scope, for five minutes. */
    public String tokenFor(String clientId) {
        return tokenFor(clientId, ALL_SCOPES);
    }

    /** A valid token for the client with the given scopes (space-separated), for five minutes. */
    public String tokenFor(String clientId, String scopes) {
        return sign(key, clientId, ISSUER, scopes, Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** Valid in every way but issued for another service of the same authorisation server. */
    public String tokenForAnotherAudienceFor(String clientId) {
        return sign(key, clientId, ISSUER, ALL_SCOPES, Instant.now().plus(Duration.ofMinutes(5)), "https://other.test/",
                true);
    }

    /** Valid in every way but naming its client only as {@code sub}. */
    public String tokenWithoutClientIdFor(String clientId) {
        return sign(key, clientId, ISSUER, ALL_SCOPES, Instant.now().plus(Duration.ofMinutes(5)), AUDIENCE, false);
    }

    public String expiredTokenFor(String clientId) {
        return sign(key, clientId, ISSUER, ALL_SCOPES, Instant.now().minus(Duration.ofMinutes(5)));
    }

    public String tokenFromAnotherIssuerFor(String clientId) {
        return sign(key, clientId, "https://elsewhere.example/", ALL_SCOPES, Instant.now().plus(Duration.ofMinutes(5)));
    }

    public String forgedTokenFor(String clientId) {
        return sign(forgerKey, clientId, ISSUER, ALL_SCOPES, Instant.now().plus(Duration.ofMinutes(5)));
    }

    private static String sign(RSAKey signingKey, String clientId, String issuer, String scopes, Instant expiresAt) {
        return sign(signingKey, clientId, issuer, scopes, expiresAt, AUDIENCE, true);
    }

    private static String sign(RSAKey signingKey, String clientId, String issuer, String scopes, Instant expiresAt,
                               String audience, boolean namesClient) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(clientId)
                .claim("client_id", namesClient ? clientId : null)
                .claim("scope", scopes)
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    claims);
            token.sign(new RSASSASigner(signingKey));
            return token.serialize();
        } catch (JOSEException failed) {
            throw new IllegalStateException("could not sign a test token", failed);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException failed) {
            throw new IllegalStateException("could not create a test key", failed);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
