package com.catalog.command.category;

/**
 * The set-based view of the whole tree (parent links and slugs) that no single Category can check alone:
 * unique slugs, no cycles, bounded depth, no deleting a parent. Changes join the transaction that appends the
 * command's event, so tree and events commit or roll back together.
 */
interface CategoryTree {

    /** Serialises every change of the tree's shape or slugs until the current transaction ends. */
    void lock();

    boolean contains(String categoryId);

    /** @return 1 for a root, its parent's depth + 1 otherwise */
    int depthOf(String categoryId);

    /** @return levels of the subtree rooted at the category: 1 for a leaf */
    int heightOf(String categoryId);

    /** @return whether {@code candidate} is {@code categoryId} itself or one of its ancestors */
    boolean isSelfOrAncestor(String candidate, String categoryId);

    /** @return whether a category other than {@code categoryId} holds the slug */
    boolean slugTakenByOther(String slug, String categoryId);

    boolean hasChildren(String categoryId);

    /** @return whether the category exists and is not deactivated */
    boolean isActive(String categoryId);

    void setActive(String categoryId, boolean active);

    void add(String categoryId, String slug, String parentId);

    void changeSlug(String categoryId, String slug);

    void move(String categoryId, String newParentId);

    void remove(String categoryId);
}
