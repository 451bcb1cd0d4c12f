package com.catalog.command.security;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A stateless OAuth2 resource server. The JWT decoder and the roles-to-authorities mapping come from Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties, so an external issuer works by configuration.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint unauthenticated,
                                    ProblemAccessDeniedHandler forbidden) throws Exception {
        return http
                // bearer tokens only, no cookies: nothing for CSRF to ride on
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/products").hasAnyRole(Roles.SELLER, Roles.ADMIN)
                        // the role is only the first gate: the aggregate still checks the caller owns the product
                        .requestMatchers(HttpMethod.POST, "/api/v1/products/*/publish", "/api/v1/products/*/unpublish",
                                "/api/v1/products/*/discontinue", "/api/v1/products/*/price")
                        .hasAnyRole(Roles.SELLER, Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/products/*/restore").hasRole(Roles.ADMIN)
                        .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/register", "/api/v1/auth/login",
                                "/api/v1/auth/refresh", "/api/v1/auth/forgot-password", "/api/v1/auth/reset-password",
                                "/api/v1/auth/verify-email")
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(Roles.ADMIN)
                        // exists in the dev profile only (the messages the app sent); 404 everywhere else
                        .requestMatchers(HttpMethod.GET, "/api/v1/dev/notifications").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .build();
    }
}
