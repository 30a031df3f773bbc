package no.samspill.service.support;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Case systems registering inquiries at Mysen without pause, each caller at one of the nodes in turn, until
 * stopped: which inquiries were answered 201, and how many requests were refused or cut off (a node down).
 */
public final class RegistrationLoad {

    private static final String INQUIRIES = "/api/v1/municipalities/NO-3118/inquiries";

    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final ExecutorService callers;

    private RegistrationLoad(int callers) {
        this.callers = Executors.newFixedThreadPool(callers);
    }

    /** {@code callers} callers, caller i at node i modulo their number, registering {@code channel}/{@code service}. */
    public static RegistrationLoad start(int callers, List<Node> nodes, String channel, String service) {
        RegistrationLoad load = new RegistrationLoad(callers);
        for (int caller = 0; caller < callers; caller++) {
            Node node = nodes.get(caller % nodes.size());
            load.callers.submit(() -> load.register(node, channel, service));
        }
        return load;
    }

    private void register(Node node, String channel, String service) {
        while (loading.get()) {
            try {
                Http.Response created = Http.as(node.baseUrl(), "io-sak", "demo").postJson(INQUIRIES,
                        "servicePoint", "mysen", "channel", channel, "service", service);
                if (created.status() == 201) {
                    accepted.add(created.json().get("id").asText());
                } else {
                    refused.incrementAndGet();
                }
            } catch (UncheckedIOException nodeDown) {
                refused.incrementAndGet();
                pause(200);
            }
        }
    }

    /** Stops the callers and waits for their last requests; true if they all ended within a minute. */
    public boolean stop() throws InterruptedException {
        loading.set(false);
        callers.shutdown();
        return callers.awaitTermination(60, TimeUnit.SECONDS);
    }

    public Set<String> accepted() {
        return accepted;
    }

    public int refused() {
        return refused.get();
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
