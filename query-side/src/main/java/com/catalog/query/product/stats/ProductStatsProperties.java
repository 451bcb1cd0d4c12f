package com.catalog.query.product.stats;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param clockGranularity the open status period is counted up to the request time truncated to this, so repeated
 *                         reads within it have the same body (and ETag) and revalidate with a 304
 */
@ConfigurationProperties("catalog.read.product-stats")
record ProductStatsProperties(@DefaultValue("1m") Duration clockGranularity) {
}
