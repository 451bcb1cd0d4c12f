package com.catalog.query.category;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A node of the category tree, with its visible children in display order.
 *
 * @param productCount published products in this category and all its descendants
 */
record CategoryTreeNode(UUID id, String name, String slug, int sortOrder, boolean featured, long productCount,
                        List<CategoryTreeNode> children) {

    /**
     * Builds the forest from rows ordered parents first. A row whose parent is not among them (deactivated, so
     * hidden) is left out together with its subtree.
     */
    static List<CategoryTreeNode> forest(List<CategoryRow> parentsFirst, Map<UUID, Long> productCounts) {
        Map<UUID, CategoryTreeNode> nodes = new LinkedHashMap<>();
        List<CategoryTreeNode> roots = new ArrayList<>();
        for (CategoryRow row : parentsFirst) {
            CategoryTreeNode node = new CategoryTreeNode(row.id(), row.name(), row.slug(), row.sortOrder(), row.featured(),
                    productCounts.getOrDefault(row.id(), 0L), new ArrayList<>());
            if (row.parentId() == null) {
                roots.add(node);
                nodes.put(row.id(), node);
            } else if (nodes.containsKey(row.parentId())) {
                nodes.get(row.parentId()).children().add(node);
                nodes.put(row.id(), node);
            }
        }
        return roots;
    }
}
