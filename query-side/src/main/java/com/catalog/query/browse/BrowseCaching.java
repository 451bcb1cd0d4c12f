package com.catalog.query.browse;

import jakarta.servlet.Filter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.catalog.query.consistency.MinPosition;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Strong ETags and 304s for the public catalog reads. The ETag is a hash of the body rather than an aggregate
 * version because a category's answer also shows other aggregates (its ancestors' path, its children), which change
 * without its own version moving. Spring's filter answers 304 to a matching {@code If-None-Match}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrowseProperties.class)
public class BrowseCaching {

    private final BrowseProperties properties;

    BrowseCaching(BrowseProperties properties) {
        this.properties = properties;
    }

    @Bean
    FilterRegistrationBean<Filter> browseEtags() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.setUrlPatterns(properties.etagPatterns());
        registration.setName("browseEtags");
        return registration;
    }

    /**
     * {@code Cache-Control} for a public read. Controllers add {@code Vary: X-Catalog-Min-Position}, so a cache
     * never answers a read-your-writes request with a copy stored for a plain one.
     */
    public CacheControl publicRead() {
        return CacheControl.maxAge(properties.maxAge().toSeconds(), TimeUnit.SECONDS).cachePublic();
    }

    /**
     * {@code Cache-Control} for what only the caller may see (an admin's figures, a seller's own products): browsers
     * keep it but revalidate each time, shared caches never store it. Add {@code Vary: Authorization}.
     */
    public CacheControl privateRead() {
        return CacheControl.noCache().cachePrivate();
    }

    /**
     * A read whose answer depends on the caller's role (figures with per-status counts for admins): private for an
     * admin, public for everyone else, and varying by both {@code Authorization} and the min-position header.
     */
    public <T> ResponseEntity<T> byRole(Viewer viewer, T body) {
        return ResponseEntity.ok().cacheControl(viewer.admin() ? privateRead() : publicRead())
                .varyBy(MinPosition.HEADER, HttpHeaders.AUTHORIZATION).body(body);
    }

    /** An aggregate recomputed at most once per {@code catalog.read.browse.aggregate-ttl}. */
    public <T> RecentAggregate<T> recentAggregate(Supplier<T> compute) {
        return new RecentAggregate<>(compute, properties.aggregateTtl());
    }

    /** How far back the "recent activity" figures look. */
    public Duration activityWindow() {
        return properties.activityWindow();
    }
}
