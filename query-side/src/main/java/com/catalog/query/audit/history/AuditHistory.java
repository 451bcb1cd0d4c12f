package com.catalog.query.audit.history;

import com.catalog.query.audit.AuditProcessor;
import com.catalog.query.consistency.ProjectionConsistency;
import org.springframework.stereotype.Service;

import java.util.OptionalLong;

/** Pages of the audit log once the audit processor has reached the position the reader asked for. */
@Service
class AuditHistory {

    private final AuditEntryReader reader;
    private final ProjectionConsistency consistency;

    AuditHistory(AuditEntryReader reader, ProjectionConsistency consistency) {
        this.reader = reader;
        this.consistency = consistency;
    }

    AuditPage search(AuditQuery query, OptionalLong minPosition) {
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw AuditProblems.invalidTimeRange();
        }
        consistency.awaitProcessed(AuditProcessor.NAME, minPosition);
        return AuditPage.of(reader.page(query));
    }

    /** @throws org.springframework.web.ErrorResponseException 404 when the aggregate has no audited event at all */
    AuditPage ofAggregate(String aggregateType, String aggregateId, String cursor, int limit, OptionalLong minPosition) {
        Long before = AuditCursor.decode(cursor);
        consistency.awaitProcessed(AuditProcessor.NAME, minPosition);
        AuditSlice slice = reader.page(AuditQuery.ofAggregate(aggregateType, aggregateId, before, limit));
        if (before == null && slice.entries().isEmpty()) {
            throw AuditProblems.unknownAggregate(aggregateType, aggregateId);
        }
        return AuditPage.of(slice);
    }
}
