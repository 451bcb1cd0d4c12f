package com.catalog.command.product;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The variants of one product, as the aggregate needs them to check its rules. Hash lookups only, so that a
 * product with thousands of variants rehydrates and checks a command in linear time overall. Changed only by the
 * aggregate's event-sourcing handlers.
 */
final class ProductVariants {

    private static final Pattern BLANK = Pattern.compile("\\s*");

    /** One variant: its SKU, option values and own prices (empty: the product's apply). */
    record Variant(String sku, Map<String, String> options, List<CurrencyAmount> prices) {
    }

    private final Map<String, Variant> byId = new LinkedHashMap<>();
    private final Set<Map<String, String>> optionSets = new HashSet<>();

    /** A deep copy: the copy and this change independently (variants themselves are immutable). */
    ProductVariants copy() {
        ProductVariants copy = new ProductVariants();
        copy.byId.putAll(byId);
        copy.optionSets.addAll(optionSets);
        return copy;
    }

    /** The same variants, with the same SKUs, options and prices, in the same order. */
    boolean sameAs(ProductVariants other) {
        return List.copyOf(byId.entrySet()).equals(List.copyOf(other.byId.entrySet()));
    }

    Set<String> skus() {
        Set<String> skus = new HashSet<>();
        byId.values().forEach(variant -> skus.add(variant.sku()));
        return skus;
    }

    Optional<Variant> find(String variantId) {
        return Optional.ofNullable(byId.get(variantId));
    }

    boolean contains(String variantId) {
        return byId.containsKey(variantId);
    }

    int size() {
        return byId.size();
    }

    boolean optionsTaken(Map<String, String> options) {
        return optionSets.contains(options);
    }

    /** @throws InvalidVariantException unless the options are 1..max well-formed name → value pairs */
    static void requireValidOptions(Map<String, String> options) {
        if (options.isEmpty()) {
            throw InvalidVariantException.optionsRequired();
        }
        boolean wellFormed = options.size() <= ProductLimits.OPTIONS_MAX && options.entrySet().stream().allMatch(o ->
                o.getKey() != null && o.getValue() != null && !BLANK.matcher(o.getKey()).matches()
                        && !BLANK.matcher(o.getValue()).matches()
                        && o.getKey().length() <= ProductLimits.OPTION_NAME_MAX_LENGTH
                        && o.getValue().length() <= ProductLimits.OPTION_VALUE_MAX_LENGTH);
        if (!wellFormed) {
            throw InvalidVariantException.invalidOptions();
        }
    }

    /** @return the options after applying changes (a null value removes that option) */
    static Map<String, String> merged(Map<String, String> options, Map<String, String> changes) {
        Map<String, String> result = new HashMap<>(options);
        changes.forEach((name, value) -> {
            if (value == null) {
                result.remove(name);
            } else {
                result.put(name, value);
            }
        });
        return Map.copyOf(result);
    }

    /** Every variant with its id, in the order they were added. */
    List<ProductRevertedEvent.Variant> all() {
        return byId.entrySet().stream().map(v -> new ProductRevertedEvent.Variant(v.getKey(), v.getValue().sku(),
                v.getValue().options(), v.getValue().prices())).toList();
    }

    /** Exactly these variants, in this order (an undo). */
    static ProductVariants of(List<ProductRevertedEvent.Variant> variants) {
        ProductVariants restored = new ProductVariants();
        variants.forEach(v -> {
            restored.byId.put(v.variantId(), new Variant(v.sku(), v.options(), v.prices()));
            restored.optionSets.add(v.options());
        });
        return restored;
    }

    void on(ProductVariantAddedEvent event) {
        byId.put(event.variantId(), new Variant(event.sku(), event.options(), event.prices()));
        optionSets.add(event.options());
    }

    void on(ProductVariantChangedEvent event) {
        Variant old = byId.get(event.variantId());
        optionSets.remove(old.options());
        optionSets.add(event.optionsAfter());
        byId.put(event.variantId(), new Variant(old.sku(), event.optionsAfter(), event.pricesAfter()));
    }

    void on(ProductVariantRemovedEvent event) {
        Variant old = byId.remove(event.variantId());
        optionSets.remove(old.options());
    }
}
