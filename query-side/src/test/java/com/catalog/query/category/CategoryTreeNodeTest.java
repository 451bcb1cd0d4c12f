package com.catalog.query.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Building the tree from rows ordered parents first. */
class CategoryTreeNodeTest {

    @Test
    void children_hang_under_their_parents_in_the_given_order_with_their_counts_and_orphans_of_hidden_parents_are_left_out() {
        UUID root = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID underHidden = UUID.randomUUID();

        List<CategoryTreeNode> forest = CategoryTreeNode.forest(List.of(
                row(root, null, "Root"), row(first, root, "A"), row(second, root, "B"), row(underHidden, UUID.randomUUID(), "X")),
                Map.of(root, 3L, second, 2L));

        assertThat(forest).extracting(CategoryTreeNode::id).containsExactly(root);
        assertThat(forest.get(0).children()).extracting(CategoryTreeNode::name).containsExactly("A", "B");
        assertThat(forest.get(0).productCount()).isEqualTo(3);
        assertThat(forest.get(0).children()).extracting(CategoryTreeNode::productCount).containsExactly(0L, 2L);
    }

    private static CategoryRow row(UUID id, UUID parentId, String name) {
        return new CategoryRow(id, parentId, name, name.toLowerCase(), null, parentId == null ? 1 : 2,
                parentId == null ? List.of() : List.of(parentId), 0, false, true, 0, Instant.EPOCH, Instant.EPOCH);
    }
}
