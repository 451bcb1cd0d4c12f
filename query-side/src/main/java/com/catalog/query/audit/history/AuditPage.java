package com.catalog.query.audit.history;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "A page of audit entries, newest first")
record AuditPage(
        List<AuditEntryResponse> items,
        @Schema(description = "Pass as `cursor` for the next (older) page; absent on the last page") String next) {

    static AuditPage of(AuditSlice slice) {
        List<AuditEntryResponse> items = slice.entries().stream().map(AuditEntryResponse::of).toList();
        String next = slice.more() ? AuditCursor.encode(items.get(items.size() - 1).position()) : null;
        return new AuditPage(items, next);
    }
}
