package no.samspill.service.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A real HTTP client for the end-to-end tests, with HTTP Basic credentials and JSON bodies. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String baseUrl;
    private final String authorization;

    private Http(String baseUrl, String authorization) {
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    public static Http as(String baseUrl, String user, String password) {
        return new Http(baseUrl, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A caller with an OAuth2 bearer token. */
    public static Http bearer(String baseUrl, String token) {
        return new Http(baseUrl, "Bearer " + token);
    }

    public static Http anonymous(String baseUrl) {
        return new Http(baseUrl, null);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String jsonBody) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)));
    }

    public Response put(String path, String jsonBody) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Posts JSON built from alternating keys and values. */
    public Response postJson(String path, Object... keysAndValues) {
        return post(path, json(keysAndValues));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** A cookie the server has set on this client, e.g. Camunda's XSRF-TOKEN. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public static String json(Object... keysAndValues) {
        com.fasterxml.jackson.databind.node.ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
        }
        return node.toString();
    }

    /** An answer with its status, headers and body, the body readable as JSON. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
