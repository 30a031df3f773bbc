package no.samspill.service.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Open-model load: items leave at a fixed rate whatever the answers do, and each latency counts from the moment the
 * item was due to leave, so a system that falls behind shows it as a p99 that grows with the step.
 */
final class OpenLoad {

    /** A rate is sustained when nothing failed, everything offered completed and p99 stayed under a second. */
    record Result(int offered, int completed, int failed, double p50, double p99, double max, double seconds) {
        double rate() {
            return completed / seconds;
        }

        boolean sustained() {
            return failed == 0 && completed == offered && p99 < 1000;
        }
    }

    private OpenLoad() {
    }

    /** Offers {@code rate} items per second for {@code length}; an item is done when its future yields true. */
    static Result run(Supplier<CompletableFuture<Boolean>> item, int rate, Duration length) throws Exception {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<?>> running = new ArrayList<>();
        int offered = (int) (rate * length.toSeconds());
        long start = System.nanoTime();
        long period = 1_000_000_000L / rate;
        AtomicInteger sent = new AtomicInteger();
        clock.scheduleAtFixedRate(() -> {
            int index = sent.getAndIncrement();
            if (index >= offered) {
                return;
            }
            long intended = start + index * period;
            CompletableFuture<?> done = item.get().whenComplete((ok, error) -> {
                if (error != null || !Boolean.TRUE.equals(ok)) {
                    if (failed.incrementAndGet() == 1 && error != null) {
                        System.out.println("  first failure: " + error);
                    }
                } else {
                    latencies.add((System.nanoTime() - intended) / 1e6);
                }
            });
            synchronized (running) {
                running.add(done);
            }
        }, 0, period, TimeUnit.NANOSECONDS);
        // Every offered item leaves (the clock thread may lag under load), then all are waited for: the clock's
        // last run must have put its item in the list first
        while (sent.get() < offered) {
            Thread.sleep(20);
        }
        clock.shutdown();
        clock.awaitTermination(30, TimeUnit.SECONDS);
        synchronized (running) {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                    .get(300, TimeUnit.SECONDS);
        }
        long finished = System.nanoTime();
        List<Double> sorted = latencies.stream().sorted().toList();
        return new Result(offered, sorted.size(), failed.get(), percentile(sorted, 0.5), percentile(sorted, 0.99),
                percentile(sorted, 1), (finished - start) / 1e9);
    }

    static double percentile(List<Double> sorted, double fraction) {
        return sorted.isEmpty() ? Double.NaN
                : sorted.get(Math.min(sorted.size() - 1, (int) (fraction * sorted.size())));
    }
}
