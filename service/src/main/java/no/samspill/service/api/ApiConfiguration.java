package no.samspill.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The API's own servlet filters. */
@Configuration(proxyBeanMethods = false)
public class ApiConfiguration {

    /** After Spring Security, which tells whose key it is. */
    @Bean
    FilterRegistrationBean<IdempotentRequests> idempotentRequests(JdbcTemplate database, TransactionTemplate transaction,
                                                                  ObjectMapper objectMapper, Clock clock) {
        FilterRegistrationBean<IdempotentRequests> registration = new FilterRegistrationBean<>(
                new IdempotentRequests(database, transaction, objectMapper, clock));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
