package no.samspill.service.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;

/** An idle segment's claim is written every few seconds, not every second, and never less often than it must be. */
class SparingTokenStoreTest {

    private static final String ANALYTICS = "analytics";

    private final AtomicLong now = new AtomicLong();
    private final CountingStore database = new CountingStore();
    private final SparingTokenStore store = new SparingTokenStore(database, Duration.ofSeconds(3),
            Duration.ofSeconds(10), now::get);

    @Test
    void an_idle_segment_extends_its_claim_once_in_three_seconds_counted_from_its_last_write() {
        database.initializeTokenSegments(ANALYTICS, 2);
        store.fetchToken(ANALYTICS, 0); // the claim is taken: written at 0 s
        for (int second = 1; second <= 9; second++) { // a processor at rest extends its claim each second
            at(second);
            store.extendClaim(ANALYTICS, 0);
        }
        assertThat(database.extensions).as("written at 3, 6 and 9 s").isEqualTo(3);

        at(10);
        store.storeToken(new GlobalSequenceTrackingToken(7), ANALYTICS, 0); // an event read: the claim written too
        at(12);
        store.extendClaim(ANALYTICS, 0);
        assertThat(database.extensions).as("the stored token at 10 s counts as a write").isEqualTo(3);
        at(13);
        store.extendClaim(ANALYTICS, 0);
        assertThat(database.extensions).isEqualTo(4);
        assertThat(store.fetchToken(ANALYTICS, 0)).isEqualTo(new GlobalSequenceTrackingToken(7));
    }

    @Test
    void segments_are_counted_apart_and_a_released_claim_is_written_again_when_taken() {
        database.initializeTokenSegments(ANALYTICS, 2);
        store.fetchToken(ANALYTICS, 0);
        at(2);
        store.fetchToken(ANALYTICS, 1);
        at(3);
        store.extendClaim(ANALYTICS, 0);
        store.extendClaim(ANALYTICS, 1);
        assertThat(database.extensions).as("segment 0 due at 3 s, segment 1 not before 5 s").isEqualTo(1);

        store.releaseClaim(ANALYTICS, 1);
        store.extendClaim(ANALYTICS, 1);
        assertThat(database.extensions).as("nothing remembered of a released claim").isEqualTo(2);
    }

    @Test
    void a_wait_too_close_to_the_claim_timeout_is_refused_at_start() {
        assertThatThrownBy(() -> new SparingTokenStore(database, Duration.ofSeconds(6), Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("samspill.projections.idle-wait (PT6S)")
                .hasMessageContaining("axon.eventhandling.tokenstore.claim-timeout, PT10S");
    }

    private void at(int second) {
        now.set(Duration.ofSeconds(second).toNanos());
    }

    /** Axon's in-memory token store, counting the claim extensions that reach it. */
    private static final class CountingStore extends InMemoryTokenStore {
        int extensions;

        @Override
        public void extendClaim(String processorName, int segment) {
            extensions++;
            super.extendClaim(processorName, segment);
        }
    }
}
