package com.catalog.command.security;

import com.catalog.command.web.ProblemResponseWriter;
import com.catalog.command.web.Problems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** Ahead of Spring Security: a flood of bad tokens is counted before any signature is checked. */
    private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    FilterRegistrationBean<GlobalRateLimitFilter> globalRateLimitFilter(RequestRateLimiter limiter, RateLimitProperties limits,
                                                                        RateLimitRejections rejections, Problems problems,
                                                                        ProblemResponseWriter writer) {
        FilterRegistrationBean<GlobalRateLimitFilter> registration =
                new FilterRegistrationBean<>(new GlobalRateLimitFilter(limiter, limits, rejections, problems, writer));
        registration.setOrder(ORDER);
        return registration;
    }
}
