package com.catalog.command.health;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Ahead of the API's own chain: the health API is public except its detailed views, which need the ADMIN role
 * (JWT claim {@code roles}, mapped by Boot's {@code spring.security.oauth2.resourceserver.jwt.*} properties); the
 * Prometheus scrape is open, as scrapers carry no user token (in production it is reached on the management port
 * only, never through the public ingress). Refusals are the API's usual problem+json answers.
 */
@Configuration(proxyBeanMethods = false)
class HealthSecurityConfiguration {

    private static final String ADMIN = "ADMIN";

    @Bean
    @Order(1)
    SecurityFilterChain healthApiSecurity(HttpSecurity http, AuthenticationEntryPoint unauthenticated,
                                          AccessDeniedHandler forbidden) throws Exception {
        return stateless(http.securityMatcher("/api/v1/health/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/health/detailed", "/api/v1/health/dependencies").hasRole(ADMIN)
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain prometheusScrapeSecurity(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher(EndpointRequest.to(PrometheusScrapeEndpoint.class)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        // bearer tokens only, no cookies: nothing for CSRF to ride on
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }
}
