package com.catalog.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every app that has this module on its classpath gets the global per-IP limit on {@code /api/**}, counted in the
 * table {@code catalog.security.rate-limit.table} of its own database, and the rejection counter.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration")
@EnableConfigurationProperties(GlobalRateLimitProperties.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RateLimitAutoConfiguration {

    /** Ahead of Spring Security: a flood of bad tokens is counted before any signature is checked. */
    private static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;
    /** The limit is per minute ({@code requests-per-minute-per-ip}). */
    private static final Duration WINDOW = Duration.ofMinutes(1);

    @Bean
    @ConditionalOnMissingBean
    RateLimitRejections rateLimitRejections(MeterRegistry registry) {
        return new RateLimitRejections(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    ClientAddress clientAddress() {
        return request -> request.getRemoteAddr();
    }

    @Bean
    @ConditionalOnProperty(name = "catalog.security.rate-limit.enabled", matchIfMissing = true)
    SlidingWindowLimiter globalRateLimiter(DataSource dataSource, GlobalRateLimitProperties properties) {
        if (properties.table() == null) {
            throw new IllegalStateException("catalog.security.rate-limit.table is required: the shared counters' table");
        }
        return new SlidingWindowLimiter(new SharedCounterTable(new JdbcTemplate(dataSource), properties.table()),
                Clock.systemUTC(), WINDOW, properties.flushInterval());
    }

    @Bean
    @ConditionalOnProperty(name = "catalog.security.rate-limit.enabled", matchIfMissing = true)
    FilterRegistrationBean<GlobalRateLimitFilter> globalRateLimitFilter(
            SlidingWindowLimiter limiter, GlobalRateLimitProperties properties, ClientAddress clients,
            RateLimitRejections rejections, ObjectMapper json,
            @Value("${catalog.problems.type-base:https://catalog.dev/problems/}") URI problemTypeBase) {
        FilterRegistrationBean<GlobalRateLimitFilter> registration = new FilterRegistrationBean<>(new GlobalRateLimitFilter(
                limiter, properties.requestsPerMinutePerIp(), clients, rejections, json, problemTypeBase));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
