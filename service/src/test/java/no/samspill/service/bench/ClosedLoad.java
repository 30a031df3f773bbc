package no.samspill.service.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Closed-model load, as a handful of scripts or users would try a system out: each caller sends its next item as soon
 * as the last one is answered, so the rate is what the system gives them, and latency counts from each item's start.
 */
final class ClosedLoad {

    private ClosedLoad() {
    }

    /** {@code callers} back to back for {@code length}; an item is done when its future yields true. */
    static OpenLoad.Result run(Supplier<CompletableFuture<Boolean>> item, int callers, Duration length)
            throws Exception {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        List<Future<?>> running = IntStream.range(0, callers).mapToObj(caller -> threads.submit(() -> {
            while (System.nanoTime() < end) {
                long began = System.nanoTime();
                try {
                    if (Boolean.TRUE.equals(item.get().get(60, TimeUnit.SECONDS))) {
                        latencies.add((System.nanoTime() - began) / 1e6);
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (Exception error) {
                    if (failed.incrementAndGet() == 1) {
                        System.out.println("  first failure: " + error);
                    }
                }
            }
        })).collect(Collectors.toList());
        for (Future<?> caller : running) {
            caller.get();
        }
        threads.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = latencies.stream().sorted().toList();
        return new OpenLoad.Result(sorted.size() + failed.get(), sorted.size(), failed.get(),
                OpenLoad.percentile(sorted, 0.5), OpenLoad.percentile(sorted, 0.99), OpenLoad.percentile(sorted, 1),
                seconds);
    }
}
