package com.catalog.inventory;

import java.util.ArrayList;
import java.util.List;

/**
 * A product's SKUs as a whole, from an event that carries both versions of its variants (an undo, a restore): what
 * buyers can buy now and what the staged changes would add or remove on the next publication.
 *
 * @param ownSku        the product's own SKU, or null on records published before the field existed (the row's
 *                      first SKU, which is always the product's own, is then kept)
 * @param variantSkus   the current version's variant SKUs
 * @param stagedAdded   SKUs of staged variants the current version lacks
 * @param stagedRemoved SKUs of current variants the staged version lacks
 */
record SkuReset(String ownSku, List<String> variantSkus, List<String> stagedAdded, List<String> stagedRemoved) {

    static SkuReset of(String ownSku, List<String> currentVariantSkus, List<String> stagedVariantSkus) {
        return new SkuReset(ownSku, List.copyOf(currentVariantSkus), minus(stagedVariantSkus, currentVariantSkus),
                minus(currentVariantSkus, stagedVariantSkus));
    }

    private static List<String> minus(List<String> skus, List<String> without) {
        List<String> left = new ArrayList<>(skus);
        left.removeAll(without);
        return List.copyOf(left);
    }
}
