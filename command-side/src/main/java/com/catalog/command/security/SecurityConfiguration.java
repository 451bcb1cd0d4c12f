package com.catalog.command.security;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * A stateless OAuth2 resource server with security headers (CSP, no referrer, HSTS over HTTPS, nosniff, no framing)
 * and CORS from {@code catalog.security.cors.*}. The JWT decoder and the roles-to-authorities mapping come from Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties, so an external issuer works by configuration.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    /** Nothing here is meant to be framed or to load from elsewhere; Swagger UI needs its own inline styles. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
    private static final List<String> CORS_METHODS = List.of("GET", "POST", "PUT", "DELETE", "OPTIONS");
    private static final List<String> CORS_REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.IF_MATCH, "X-Correlation-Id", "Idempotency-Key");
    private static final List<String> CORS_EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION,
            HttpHeaders.RETRY_AFTER, "X-Catalog-Position", "X-Correlation-Id", "Idempotent-Replayed");

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint unauthenticated,
                                    ProblemAccessDeniedHandler forbidden, CorsProperties cors) throws Exception {
        return http
                .cors(configurer -> configurer.configurationSource(corsSource(cors)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)))
                // bearer tokens only, no cookies: nothing for CSRF to ride on
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/products", "/api/v1/products/bulk").hasAnyRole(Roles.SELLER, Roles.ADMIN)
                        // the role is only the first gate: the aggregate still checks the caller owns the product
                        .requestMatchers(HttpMethod.POST, "/api/v1/products/*/publish", "/api/v1/products/*/unpublish",
                                "/api/v1/products/*/discontinue", "/api/v1/products/*/price")
                        .hasAnyRole(Roles.SELLER, Roles.ADMIN)
                        // ?version=N is the owner's undo; without it, restoring a discontinued product is the admin's
                        .requestMatchers(new AndRequestMatcher(
                                AntPathRequestMatcher.antMatcher(HttpMethod.POST, "/api/v1/products/*/restore"),
                                request -> request.getParameter("version") != null))
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

    private static CorsConfigurationSource corsSource(CorsProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.allowedOrigins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(properties.allowedOrigins());
            cors.setAllowedMethods(CORS_METHODS);
            cors.setAllowedHeaders(CORS_REQUEST_HEADERS);
            cors.setExposedHeaders(CORS_EXPOSED_HEADERS);
            cors.setMaxAge(properties.maxAge());
            source.registerCorsConfiguration("/**", cors);
        }
        return source;
    }
}
