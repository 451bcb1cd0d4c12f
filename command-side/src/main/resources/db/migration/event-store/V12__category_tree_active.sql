-- Whether each category is active, next to its row of the tree, so the rules "no product goes into a deactivated
-- category" (product create/update/bulk and a deletion's reassignment target) read one indexed row instead of the
-- category's event stream. Written in the transaction of the (de|re)activation event, under the tree's lock.
ALTER TABLE event_store.category_tree ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

-- Categories whose latest (de|re)activation event is a deactivation are inactive.
UPDATE event_store.category_tree t
SET active = FALSE
WHERE (SELECT e.payload_type
       FROM event_store.domain_event_entry e
       WHERE e.aggregate_identifier = t.category_id
         AND e.payload_type IN ('com.catalog.events.category.CategoryDeactivatedEvent',
                                'com.catalog.events.category.CategoryReactivatedEvent')
       ORDER BY e.sequence_number DESC
       LIMIT 1) = 'com.catalog.events.category.CategoryDeactivatedEvent';
