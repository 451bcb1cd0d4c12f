package com.catalog.command.product;

import com.catalog.events.product.ProductDetailFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which editable details differ between two versions, and how a change of some fields lands on a version. The
 * details-changed event carries only the changed fields; this is the one place that knows the field names.
 */
final class DetailChanges {

    private static final Map<String, Function<ProductDetailFields, Object>> FIELDS = Map.of(
            "defaultLocale", ProductDetailFields::defaultLocale,
            "name", ProductDetailFields::name,
            "slug", ProductDetailFields::slug,
            "description", ProductDetailFields::description,
            "shortDescription", ProductDetailFields::shortDescription,
            "attributes", ProductDetailFields::attributes,
            "categoryId", ProductDetailFields::categoryId,
            "brandId", ProductDetailFields::brandId);
    /** Event order of the fields, fixed so that equal changes give equal events. */
    private static final List<String> ORDER = List.of("defaultLocale", "name", "slug", "description",
            "shortDescription", "attributes", "categoryId", "brandId");

    private DetailChanges() {
    }

    static List<String> changedFields(ProductDetailFields before, ProductDetailFields after) {
        List<String> changed = new ArrayList<>();
        for (String field : ORDER) {
            if (!Objects.equals(FIELDS.get(field).apply(before), FIELDS.get(field).apply(after))) {
                changed.add(field);
            }
        }
        return changed;
    }

    /** @return the fields of {@code details} named in {@code fields}; every other field empty */
    static ProductDetailFields only(List<String> fields, ProductDetailFields details) {
        return new ProductDetailFields(null, null, null, null, null, null, null, null).withChanges(fields, details);
    }
}
