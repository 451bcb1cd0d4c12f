package com.catalog.query.health;

import com.catalog.query.observability.ProcessingProgress;
import com.catalog.query.observability.ProcessorProgress;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * DOWN when any processor's slowest segment on this instance is more than {@code catalog.health.max-processor-lag}
 * events behind the head of the event store. Processors whose segments this instance does not hold are not judged
 * here: the replica that holds them reports them.
 */
@Component
class ProcessorLagHealthIndicator implements HealthIndicator {

    private final ProcessorProgress progress;
    private final long maxLag;

    ProcessorLagHealthIndicator(ProcessorProgress progress, HealthProperties properties) {
        this.progress = progress;
        this.maxLag = properties.maxProcessorLag();
    }

    @Override
    public Health health() {
        ProcessingProgress current = progress.current();
        Map<String, Object> lags = new TreeMap<>();
        boolean tooFarBehind = false;
        for (String processor : current.positions().keySet()) {
            OptionalLong lag = current.lag(processor);
            lags.put(processor, lag.isPresent() ? lag.getAsLong() : "no segment claimed here");
            tooFarBehind |= lag.isPresent() && lag.getAsLong() > maxLag;
        }
        Health.Builder health = tooFarBehind ? Health.down() : Health.up();
        return health.withDetail("head", current.head()).withDetail("maxLag", maxLag).withDetail("lag", lags).build();
    }
}
