package com.catalog.query.audit.history;

import com.catalog.query.audit.AuditEntry;

import java.util.List;

/** A page of entries as read, and whether more follow. */
record AuditSlice(List<AuditEntry> entries, boolean more) {
}
