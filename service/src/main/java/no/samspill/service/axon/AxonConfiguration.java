package no.samspill.service.axon;

import java.time.Duration;
import java.util.List;
import no.samspill.core.alliance.Alliance;
import no.samspill.core.county.County;
import no.samspill.core.inquiry.Inquiry;
import no.samspill.core.libraryplan.LibraryPlan;
import no.samspill.core.network.PartnerContact;
import no.samspill.core.partnership.Partnership;
import no.samspill.core.servicepoint.ServicePoint;
import no.samspill.service.analytics.AnalyticsProjection;
import no.samspill.service.county.CountyProjection;
import no.samspill.service.inquiry.list.InquiryListProjection;
import no.samspill.service.libraryplan.LibraryPlanListProjection;
import no.samspill.service.partnership.PartnershipProjection;
import no.samspill.service.personaldata.InquiryPersonalDataProjection;
import no.samspill.service.servicepoint.ServicePointProjection;
import no.samspill.service.webhook.WebhookOutbox;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the core's aggregates with Axon (the core carries no Spring annotations), event-sourced from the JPA
 * event store in the application's own database.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(Inquiry.class)
                .configureAggregate(ServicePoint.class)
                .configureAggregate(LibraryPlan.class)
                .configureAggregate(County.class)
                .configureAggregate(Partnership.class)
                .configureAggregate(PartnerContact.class)
                .configureAggregate(Alliance.class);
    }

    /** No snapshots are taken, so none are looked for before each load (EventStoreWithoutSnapshots). */
    @Bean
    static BeanPostProcessor eventStoreWithoutSnapshots() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof EventStorageEngine engine && !(bean instanceof EventStoreWithoutSnapshots)
                        ? new EventStoreWithoutSnapshots(engine) : bean;
            }
        };
    }

    /**
     * Axon's event store as its auto-configuration builds it, but waking the streaming processors when the database
     * transaction commits (CommitAwareEventStore), and looking in the log for events other nodes appended every
     * {@code samspill.projections.idle-wait} instead of every second: only another node's events wait, that long at
     * most, before this node's processors see them.
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                  @Value("${samspill.projections.idle-wait:PT3S}") Duration idleWait) {
        return new CommitAwareEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(idleWait.toMillis()));
    }

    /** Idle streaming segments write their claims every {@code samspill.projections.idle-wait} (SparingTokenStore). */
    @Bean
    static BeanPostProcessor claimsWrittenSparingly(
            @Value("${samspill.projections.idle-wait:PT3S}") Duration idleWait,
            @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof TokenStore store && !(bean instanceof SparingTokenStore)
                        ? new SparingTokenStore(store, idleWait, claimTimeout) : bean;
            }
        };
    }

    /** Who acts goes with every command and, through correlation, onto its events. */
    @Bean
    ConfigurerModule actorOnEveryMessage() {
        return configurer -> configurer.onInitialize(configuration -> configuration.onStart(() ->
                configuration.commandBus().registerDispatchInterceptor(new ActorMetadata())));
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ActorMetadata.ACTOR);
    }

    /** Axon's default correlation (trace and correlation ids), kept beside the actor. */
    @Bean
    MessageOriginProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /**
     * The service point registry is read to check every new inquiry, so it is updated in the registering command's
     * own transaction (a subscribing processor): a service point is usable the moment it is registered. The same
     * holds for the county registry, the personal-data store's record of each inquiry, and the partnerships, network
     * and alliances, which the API answers with right after each step. The webhook outbox is written in the event's
     * transaction too, so that no notification is lost or sent for an event that was rolled back.
     */
    @Bean
    ConfigurerModule subscribingRegistries() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerSubscribingEventProcessor(ServicePointProjection.PROCESSING_GROUP)
                        .registerSubscribingEventProcessor(CountyProjection.PROCESSING_GROUP)
                        .registerSubscribingEventProcessor(InquiryPersonalDataProjection.PROCESSING_GROUP)
                        .registerSubscribingEventProcessor(PartnershipProjection.PROCESSING_GROUP)
                        .registerSubscribingEventProcessor(WebhookOutbox.PROCESSING_GROUP));
    }

    /**
     * A projection that fails on an event never skips it: Axon's default logs the failure and goes on, so a
     * subscribing registry's command would commit without its row (a webhook lost, an inquiry retention never sees)
     * and a streaming segment would move its token past the event (a figure short by one, for good). Propagated, the
     * command's transaction rolls back, and the streaming segment rolls its batch back and tries it again.
     */
    @Bean
    ConfigurerModule projectionsNeverSkipAnEvent() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultListenerInvocationErrorHandler(configuration ->
                        PropagatingErrorHandler.instance()));
    }

    /**
     * Analytics are fed after the fact by a streaming processor with its token in the database, so they can be
     * replayed from the start of the log (AnalyticsReplay) and, on several nodes, split into segments. It is a
     * tracking processor with one thread per segment ({@code samspill.analytics.segments}, 2): Axon's pooled
     * processor spent a third of a replay's CPU counting its queues (ConcurrentLinkedQueue.size, once per event and
     * segment), and the tracking one replays a million events on PostgreSQL about twice as fast (docs/benchmarks.md).
     * A thread handles up to {@code samspill.analytics.batch-size} waiting events (1,000) in one transaction, so the
     * token is written once per batch and the projection writes each inquiry's row once per batch (AnalyticsBatch;
     * ADR 0009); the projection is idempotent, so a batch run again after a failure does no harm.
     */
    @Bean
    ConfigurerModule streamingAnalytics(@Value("${samspill.analytics.batch-size:1000}") int batchSize,
                                        @Value("${samspill.analytics.segments:2}") int segments) {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerTrackingEventProcessor(AnalyticsProjection.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                                .andInitialSegmentsCount(segments).andBatchSize(batchSize)));
    }

    /**
     * The inquiry list (GET .../inquiries) follows the log with its own token, from the log's start the first time,
     * so that inquiries registered before it existed are listed too; a batch of up to 100 waiting events per
     * transaction keeps it to one token write per batch under load. The county's library plans are listed the same
     * way.
     */
    @Bean
    ConfigurerModule streamingLists() {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String list : List.of(InquiryListProjection.PROCESSING_GROUP,
                    LibraryPlanListProjection.PROCESSING_GROUP)) {
                processing.registerTrackingEventProcessor(list, org.axonframework.config.Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(100));
            }
        });
    }
}
