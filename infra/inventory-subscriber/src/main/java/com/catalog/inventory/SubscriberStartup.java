package com.catalog.inventory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;

/**
 * Start order: on the very first start, bootstrap from the compacted state topic; then, if needed, catch up from
 * the catalog's event store; only then consume Kafka. A failing bootstrap or catch-up fails the start: consuming
 * Kafka with a hole behind it would silently miss products.
 */
@Component
class SubscriberStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SubscriberStartup.class);

    private final InventoryProperties properties;
    private final KafkaRetention retention;
    private final CatalogCatchUp catchUp;
    private final StateTopicBootstrap stateTopic;
    private final KafkaListenerEndpointRegistry listeners;

    SubscriberStartup(InventoryProperties properties, KafkaRetention retention, CatalogCatchUp catchUp,
                      StateTopicBootstrap stateTopic, KafkaListenerEndpointRegistry listeners) {
        this.properties = properties;
        this.retention = retention;
        this.catchUp = catchUp;
        this.stateTopic = stateTopic;
        this.listeners = listeners;
    }

    @Override
    public void run(ApplicationArguments args) {
        stateTopic.runOnce();
        if (catchUpNeeded()) {
            catchUp.run();
        }
        listeners.getListenerContainer(ProductTopicListener.LISTENER_ID).start();
        log.info("Consuming {}", properties.topic());
    }

    private boolean catchUpNeeded() {
        return switch (properties.catchUp().mode()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> {
                boolean behind = retention.groupFellBehind();
                if (behind) {
                    log.info("Kafka no longer holds everything this group needs: catching up from the catalog first");
                }
                yield behind;
            }
        };
    }
}
