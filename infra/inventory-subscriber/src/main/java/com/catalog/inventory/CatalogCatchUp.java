package com.catalog.inventory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Pages through the query side's event-store API from the last position this subscriber reached there, applying
 * every item with the usual de-duplication, until it reached the head. Safe while Kafka consumption runs: every
 * write is guarded by the product's sequence.
 */
@Service
class CatalogCatchUp {

    private static final Logger log = LoggerFactory.getLogger(CatalogCatchUp.class);

    private final CatalogEventsClient catalog;
    private final CatalogEventApplier applier;
    private final StockItems stockItems;

    CatalogCatchUp(CatalogEventsClient catalog, CatalogEventApplier applier, StockItems stockItems) {
        this.catalog = catalog;
        this.applier = applier;
        this.stockItems = stockItems;
    }

    /** @return how far it got (the global position, to compare with the catalog's head) and what it applied */
    synchronized CatchUpResult run() {
        long from = stockItems.catchUpPosition();
        long position = from;
        int applied = 0;
        boolean more = true;
        while (more) {
            CatchUpPage page = catalog.pageAfter(position);
            for (CatchUpPage.Item item : page.items()) {
                if (applier.apply(item.toEvent()) == ApplyOutcome.APPLIED) {
                    applied++;
                }
            }
            // stop at the head, and on a page that did not advance (nothing committed beyond it yet)
            more = page.next() > position && page.next() < page.head();
            position = Math.max(position, page.next());
            stockItems.catchUpReached(position);
        }
        log.info("Caught up from the catalog event store: positions {}..{}, {} events applied", from, position, applied);
        return new CatchUpResult(from, position, applied);
    }

    record CatchUpResult(long from, long to, int applied) {
    }
}
