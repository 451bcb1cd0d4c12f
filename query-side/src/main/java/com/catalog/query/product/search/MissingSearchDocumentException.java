package com.catalog.query.product.search;

/**
 * A change arrived for a product the index does not hold. Events of one product are handled in order, so this
 * means the index lost the document (e.g. it was deleted by hand): the batch fails and retries, visibly, rather
 * than indexing a half-empty document; a reset of the processor rebuilds the index.
 */
class MissingSearchDocumentException extends RuntimeException {

    MissingSearchDocumentException(String productId, long sequence) {
        super("No indexed document for product " + productId + " to apply its event " + sequence + " to");
    }
}
