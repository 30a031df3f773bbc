package no.samspill.service.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A case system's webhook endpoint, a real HTTP server on a free port, that records what it receives. */
public final class WebhookReceiver implements AutoCloseable {

    /** One POST as it arrived: its headers (lower-case names) and body. */
    public record Received(Map<String, String> headers, String body, int answeredWith) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicBoolean down = new AtomicBoolean();

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/samspill-events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = down.get() || failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? 503 : 204;
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            received.add(new Received(Map.copyOf(headers), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/samspill-events";
    }

    /** The next {@code count} deliveries are answered 503. */
    public void failNext(int count) {
        failuresLeft.set(count);
    }

    /** Every delivery is answered 503 until {@link #recover()}. */
    public void goDown() {
        down.set(true);
    }

    public void recover() {
        down.set(false);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
