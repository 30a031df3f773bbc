package no.samspill.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Readiness waits until every analytics segment has read the events there were: a segment this node runs counts
 * where it has read to, not only its stored token, which Axon writes for events the analytics do not handle (the
 * demo's provisioning at a first start) only after a second without one it handles; a segment run by another node
 * counts its stored token. A real Axon tracking processor reads the events; the token table is a real database's.
 */
class AnalyticsCaughtUpTest {

    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private final SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
            "jdbc:h2:mem:caught-up-" + UUID.randomUUID(), "sa", "", true);
    private final JdbcTemplate database = new JdbcTemplate(dataSource);
    private Configuration axon;

    /** The analytics handle this; the events below are something else. */
    record Handled(String what) {
    }

    @ProcessingGroup(AnalyticsProjection.PROCESSING_GROUP)
    static class Analytics {
        @EventHandler
        void on(Handled event) {
        }
    }

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
        dataSource.destroy();
    }

    @Test
    void a_segment_held_here_counts_what_it_has_read_and_one_held_elsewhere_its_stored_token() {
        database.execute("create table token_entry (processor_name varchar(255), segment integer, owner varchar(255), "
                + "token varbinary(10000), token_type varchar(255))");
        // Stored: this node's segment 0 before any event, another node's segment 1 at the third event
        store(0, 0, "here");
        store(1, 2, "elsewhere");
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor(AnalyticsProjection.PROCESSING_GROUP,
                                Configuration::eventStore,
                                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing())
                        .registerTokenStore(AnalyticsProjection.PROCESSING_GROUP, configuration -> new InMemoryTokenStore())
                        .registerEventHandler(configuration -> new Analytics()))
                .start();
        // Six events the analytics do not handle: positions 0 to 5
        for (int i = 0; i < 6; i++) {
            axon.eventBus().publish(GenericEventMessage.asEventMessage("provisioned " + i));
        }
        StreamingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(AnalyticsProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> processor.processingStatus().get(0) != null
                && processor.processingStatus().get(0).getCurrentPosition().orElse(-1) == 5);
        AnalyticsCaughtUp caughtUp = new AnalyticsCaughtUp(database, serializer, axon.eventProcessingConfiguration(),
                Duration.ZERO);

        // segment 0 has read to 5 here; segment 1, another node's, has stored 2: the slowest is at 2
        assertThat(caughtUp.lowestPosition()).isEqualTo(2);

        store(1, 5, "elsewhere");
        assertThat(caughtUp.lowestPosition()).isEqualTo(5);
    }

    private void store(int segment, long position, String owner) {
        SerializedObject<byte[]> token = serializer.serialize(new GlobalSequenceTrackingToken(position), byte[].class);
        database.update("delete from token_entry where segment = ?", segment);
        database.update("insert into token_entry (processor_name, segment, owner, token, token_type) "
                + "values (?, ?, ?, ?, ?)", AnalyticsProjection.PROCESSING_GROUP, segment, owner, token.getData(),
                token.getType().getName());
    }
}
