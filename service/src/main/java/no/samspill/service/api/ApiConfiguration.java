package no.samspill.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import no.samspill.service.personaldata.PersonalDataCipher;
import no.samspill.service.security.CrossSiteRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The API's own servlet filters, the analytics page's address, and the staff texts' dictionaries. */
@Configuration(proxyBeanMethods = false)
public class ApiConfiguration implements WebMvcConfigurer {

    /** {@code /analytics} serves the evaluators' page (static/analytics/index.html). */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/analytics", "/analytics/");
        registry.addViewController("/analytics/").setViewName("forward:/analytics/index.html");
    }

    /** Samspill's nynorsk and Danish staff texts, for Cockpit's decision-table plugin (cockpit/samspill/). */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/texts/*.json").addResourceLocations("classpath:/texts/");
    }

    /** Before security, whose look-up of the client needs the database too. */
    @Bean
    FilterRegistrationBean<DatabaseOutage> databaseOutage(ObjectMapper objectMapper, DataSource dataSource) {
        FilterRegistrationBean<DatabaseOutage> registration = new FilterRegistrationBean<>(
                new DatabaseOutage(objectMapper, dataSource));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 5);
        return registration;
    }

    /** Around the outage answer: what it does not answer, and nothing else did, is a 500 problem. */
    @Bean
    FilterRegistrationBean<UnexpectedFailure> unexpectedFailure(ObjectMapper objectMapper) {
        FilterRegistrationBean<UnexpectedFailure> registration = new FilterRegistrationBean<>(
                new UnexpectedFailure(objectMapper));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 6);
        return registration;
    }

    /** Before anything else: nothing is served until the application is ready. */
    @Bean
    FilterRegistrationBean<StartingUp> startingUp(ObjectMapper objectMapper, ApplicationAvailability availability) {
        FilterRegistrationBean<StartingUp> registration = new FilterRegistrationBean<>(
                new StartingUp(objectMapper, availability));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 40);
        return registration;
    }

    /** First of all: no body beyond the limit is read, and no other site's page acts with a browser's login. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(ObjectMapper objectMapper,
            @Value("${samspill.api.max-request-bytes:1048576}") long limit) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(objectMapper, limit));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CrossSiteRequests> crossSiteRequests(ObjectMapper objectMapper) {
        FilterRegistrationBean<CrossSiteRequests> registration = new FilterRegistrationBean<>(
                new CrossSiteRequests(objectMapper));
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }

    /** Outside the idempotency filter, so that a request run again is checked for its key again too. */
    /**
     * Reads carry an ETag (a hash of the answer), and a read whose If-None-Match names the answer's ETag gets 304 and
     * no body: Spring's shallow ETag filter, after security, on the API only.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> entityTags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
                new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ConflictRetry> conflictRetry() {
        FilterRegistrationBean<ConflictRetry> registration = new FilterRegistrationBean<>(new ConflictRetry());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
        return registration;
    }

    @Bean
    IdempotentRequests idempotentRequestStore(JdbcTemplate database, TransactionTemplate transaction,
                                              ObjectMapper objectMapper, Clock clock, PersonalDataCipher cipher,
                                              @Value("${samspill.idempotency.lifetime:P1D}") Duration lifetime) {
        return new IdempotentRequests(database, transaction, objectMapper, clock, cipher, lifetime);
    }

    /** After Spring Security, which tells whose key it is. */
    @Bean
    FilterRegistrationBean<IdempotentRequests> idempotentRequests(IdempotentRequests idempotentRequests) {
        FilterRegistrationBean<IdempotentRequests> registration = new FilterRegistrationBean<>(idempotentRequests);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
