package com.catalog.query.product.caching;

import jakarta.servlet.Filter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Strong ETags, 304s and gzip for the public product reads, in one filter: Tomcat's own compression skips every
 * response with a strong ETag (a strong ETag must differ per encoding), so the filter that knows the ETag gzips too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProductCachingProperties.class)
class ProductReadCaching {

    @Bean
    FilterRegistrationBean<Filter> productReadEtagAndGzip(ProductCachingProperties properties) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EtagAndGzipFilter(properties));
        registration.setUrlPatterns(properties.paths());
        registration.setName("productReadEtagAndGzip");
        return registration;
    }
}
