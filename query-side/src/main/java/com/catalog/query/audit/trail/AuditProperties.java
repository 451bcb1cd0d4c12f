package com.catalog.query.audit.trail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Which events hold personal data. Their audit entries keep ids, actor and time, and the names of the fields that
 * changed, but never a field's value; their aggregates' state is never kept for diffing.
 *
 * @param privateAggregateTypes aggregate types (as Axon stores them, compared ignoring case) that are private
 * @param privatePayloadPackages payload type packages that are private, whatever the aggregate type says
 */
@ConfigurationProperties("catalog.audit")
record AuditProperties(
        @DefaultValue("User") List<String> privateAggregateTypes,
        @DefaultValue("com.catalog.events.user") List<String> privatePayloadPackages) {

    boolean isPrivate(String aggregateType, String payloadType) {
        return privateAggregateTypes.stream().anyMatch(type -> type.equalsIgnoreCase(aggregateType))
                || privatePayloadPackages.stream().anyMatch(pkg -> payloadType.startsWith(pkg + "."));
    }
}
