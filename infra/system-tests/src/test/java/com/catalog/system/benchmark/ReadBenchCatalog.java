package com.catalog.system.benchmark;

import com.catalog.system.CatalogClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The read benchmark's catalog, made of a small vocabulary so that searches, facets and type-ahead have realistic
 * work: names like "Rustic Oak Desk 7" (adjective, material, noun, series), each product in one of the categories
 * and brands, with two attributes and one EUR price. Deterministic per index, so a top-up after an interrupted
 * seed continues the same catalog.
 */
final class ReadBenchCatalog {

    static final List<String> ADJECTIVES = List.of("Classic", "Modern", "Rustic", "Compact", "Deluxe", "Vintage",
            "Sturdy", "Light", "Premium", "Eco", "Smart", "Slim", "Robust", "Elegant", "Portable", "Silent", "Bright",
            "Cosy", "Urban", "Nordic");
    static final List<String> MATERIALS = List.of("Oak", "Walnut", "Steel", "Cotton", "Wool", "Leather", "Bamboo",
            "Glass", "Ceramic", "Linen", "Copper", "Marble", "Cork", "Denim", "Silk");
    static final List<String> NOUNS = List.of("Desk", "Chair", "Lamp", "Shelf", "Table", "Sofa", "Bench", "Stool",
            "Cabinet", "Mirror", "Rug", "Vase", "Clock", "Basket", "Blanket", "Pillow", "Kettle", "Mug", "Backpack",
            "Jacket", "Boot", "Sneaker", "Watch", "Wallet", "Bottle");
    private static final List<String> COLOURS = List.of("red", "blue", "green", "black", "white", "grey", "brown",
            "yellow", "orange", "purple");
    private static final List<String> SIZES = List.of("xs", "s", "m", "l", "xl");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadBenchCatalog() {
    }

    static String name(int product) {
        int combination = product % (ADJECTIVES.size() * MATERIALS.size() * NOUNS.size());
        return ADJECTIVES.get(combination % ADJECTIVES.size()) + " "
                + MATERIALS.get(combination / ADJECTIVES.size() % MATERIALS.size()) + " "
                + NOUNS.get(combination / (ADJECTIVES.size() * MATERIALS.size())) + " "
                + (product / (ADJECTIVES.size() * MATERIALS.size() * NOUNS.size()) + 1);
    }

    /** Root categories first (every tenth), each followed by its nine children: a two-level tree. */
    static String categoriesJson(int from, int to, List<String> rootIds) {
        ArrayNode items = JSON.createArrayNode();
        for (int i = from; i < to; i++) {
            ObjectNode item = items.addObject().put("name", "Category " + i).put("slug", "rb-category-" + i);
            if (rootIds != null) {
                item.put("parentId", rootIds.get(i % rootIds.size()));
            }
        }
        return items.toString();
    }

    static String brandsJson(int from, int to) {
        ArrayNode items = JSON.createArrayNode();
        for (int i = from; i < to; i++) {
            items.addObject().put("name", "Brand " + i + " " + MATERIALS.get(i % MATERIALS.size()) + "works")
                    .put("slug", "rb-brand-" + i);
        }
        return items.toString();
    }

    static String productsJson(int from, int to, List<String> categoryIds, List<String> brandIds) {
        ArrayNode items = JSON.createArrayNode();
        for (int i = from; i < to; i++) {
            String sku = "RB-" + i;
            ObjectNode body = parse(CatalogClient.productJson(name(i),
                    "A " + name(i).toLowerCase(Locale.ROOT) + " for home and travel, made to last.", sku,
                    500 + (i * 7919L) % 49_500, "EUR"));
            body.putObject("attributes").put("colour", COLOURS.get(i % COLOURS.size()))
                    .put("size", SIZES.get(i / COLOURS.size() % SIZES.size()));
            body.put("categoryId", categoryIds.get((i * 31) % categoryIds.size()));
            body.put("brandId", brandIds.get((i * 17) % brandIds.size()));
            items.add(body);
        }
        return items.toString();
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The ids of a bulk answer's items, in order; fails on any item that was not created. */
    static List<String> createdIds(JsonNode bulkAnswer) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : bulkAnswer.path("items")) {
            if (item.path("status").asInt() != 201) {
                throw new AssertionError("bulk item not created: " + item);
            }
            ids.add(item.path("id").asText());
        }
        return ids;
    }
}
