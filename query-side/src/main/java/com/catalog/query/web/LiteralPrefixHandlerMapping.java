package com.catalog.query.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's request mappings, with a cheap first test for routes with a variable.
 * <p>
 * A request whose path is not a direct path (every read by id, e.g. {@code /api/v1/products/{id}}) is matched
 * against each mapping in turn: its method, parameter, header and media type conditions, then its path pattern,
 * through every request wrapper of the filter chain; and the security filter chain's {@code HandlerMappingIntrospector}
 * does the same lookup once more. A profile of the product page (docs/benchmarks.md, read path, session 7) put the
 * two lookups at about 13 % of its request threads' CPU. Here a mapping none of whose patterns' literal beginnings
 * ({@code /api/v1/products/} of {@code /api/v1/products/{id}}) starts the request's path is passed over before any
 * condition is evaluated. Only for paths that compare as written: one with an escape ({@code %}) or a matrix
 * parameter ({@code ;}) is matched by Spring MVC alone, on its decoded segments, as before.
 */
class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private final Map<RequestMappingInfo, String[]> literalBeginnings = new ConcurrentHashMap<>();

    /** Spring Boot's MVC configuration takes the request mappings from here, with its usual settings. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        WebMvcRegistrations literalPrefixRequestMappings() {
            return new WebMvcRegistrations() {
                @Override
                public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                    return new LiteralPrefixHandlerMapping();
                }
            };
        }
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        String[] beginnings = literalBeginnings(mapping);
        if (beginnings != null) {
            literalBeginnings.put(mapping, beginnings);
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String[] beginnings = literalBeginnings.get(info);
        // one attribute lookup (through every request wrapper) per mapping, where has... and get... would be two
        if (beginnings != null
                && request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE) instanceof RequestPath parsed) {
            String path = parsed.pathWithinApplication().value();
            if (path.indexOf('%') < 0 && path.indexOf(';') < 0 && !startsWithAny(path, beginnings)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    /** Null when the mapping cannot be pre-tested: no path patterns, or patterns matched case-insensitively. */
    private String[] literalBeginnings(RequestMappingInfo mapping) {
        PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
        if (patterns == null || patterns.getPatterns().isEmpty() || !getPatternParser().isCaseSensitive()) {
            return null;
        }
        return patterns.getPatterns().stream().map(PathPattern::getPatternString)
                .map(LiteralPrefixHandlerMapping::literalBeginning).toArray(String[]::new);
    }

    /** The pattern up to its first variable or wildcard: every path the pattern matches begins with it. */
    static String literalBeginning(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?') {
                return pattern.substring(0, i);
            }
        }
        return pattern;
    }

    private static boolean startsWithAny(String path, String[] beginnings) {
        for (String beginning : beginnings) {
            if (path.startsWith(beginning)) {
                return true;
            }
        }
        return false;
    }
}
