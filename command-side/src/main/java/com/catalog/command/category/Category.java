package com.catalog.command.category;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import com.catalog.command.category.activation.DeactivateCategoryCommand;
import com.catalog.command.category.activation.ReactivateCategoryCommand;
import com.catalog.command.category.create.CreateCategoryCommand;
import com.catalog.command.category.delete.DeleteCategoryCommand;
import com.catalog.command.category.details.ChangeCategoryDetailsCommand;
import com.catalog.command.category.feature.FeatureCategoryCommand;
import com.catalog.command.category.feature.UnfeatureCategoryCommand;
import com.catalog.command.category.move.MoveCategoryCommand;
import com.catalog.command.category.reorder.ReorderCategoryCommand;
import com.catalog.command.domain.Actor;
import com.catalog.command.domain.ExpectedVersion;
import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.category.CategoryDeactivatedEvent;
import com.catalog.events.category.CategoryDeletedEvent;
import com.catalog.events.category.CategoryDetailsChangedEvent;
import com.catalog.events.category.CategoryFeaturedEvent;
import com.catalog.events.category.CategoryMovedEvent;
import com.catalog.events.category.CategoryReactivatedEvent;
import com.catalog.events.category.CategoryReorderedEvent;
import com.catalog.events.category.CategoryUnfeaturedEvent;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A node of the category tree, managed by admins. Rules that span categories (unique slug, no cycles, depth,
 * children) are checked against the {@link CategoryTree}, updated in the same transaction as the event. Every
 * command after creation checks, in this order: who acts (403), the version the caller saw (412), then the rules.
 */
@Aggregate
class Category {

    private static final String MANAGE = "manage categories";

    @AggregateIdentifier
    private String id;
    private String parentId;
    private String name;
    private String slug;
    private String description;
    private int sortOrder;
    private boolean featured;
    private boolean active;

    /** For Axon, which rebuilds the aggregate from its events. */
    Category() {
    }

    @CommandHandler
    Category(CreateCategoryCommand command, CategoryTree tree) {
        command.actor().requireAdmin(MANAGE);
        CategoryRules.requireValidDetails(command.name(), command.slug(), command.description());
        CategoryRules.requireValidSortOrder(command.sortOrder());
        tree.lock();
        if (command.parentId() != null) {
            requireParentFor(tree, command.parentId(), 1);
        }
        if (tree.slugTakenByOther(command.slug(), command.categoryId())) {
            throw CategoryRuleViolation.slugTaken(command.slug());
        }
        tree.add(command.categoryId(), command.slug(), command.parentId());
        apply(new CategoryCreatedEvent(command.categoryId(), command.name(), command.slug(), command.description(),
                command.parentId(), command.sortOrder()));
    }

    @CommandHandler
    void handle(ChangeCategoryDetailsCommand command, CategoryTree tree) {
        requireAllowed(command.actor(), command.expectedVersion());
        String newName = command.name().applyTo(name);
        String newSlug = command.slug().applyTo(slug);
        String newDescription = command.description().applyTo(description);
        CategoryRules.requireValidDetails(newName, newSlug, newDescription);
        if (newName.equals(name) && newSlug.equals(slug) && Objects.equals(newDescription, description)) {
            return;
        }
        if (!newSlug.equals(slug)) {
            tree.lock();
            if (tree.slugTakenByOther(newSlug, id)) {
                throw CategoryRuleViolation.slugTaken(newSlug);
            }
            tree.changeSlug(id, newSlug);
        }
        apply(new CategoryDetailsChangedEvent(id, newName, newSlug, newDescription));
    }

    @CommandHandler
    void handle(MoveCategoryCommand command, CategoryTree tree) {
        requireAllowed(command.actor(), command.expectedVersion());
        if (Objects.equals(command.newParentId(), parentId)) {
            return;
        }
        tree.lock();
        if (command.newParentId() != null) {
            if (tree.contains(command.newParentId()) && tree.isSelfOrAncestor(id, command.newParentId())) {
                throw CategoryRuleViolation.cycle();
            }
            requireParentFor(tree, command.newParentId(), tree.heightOf(id));
        } else if (tree.heightOf(id) > CategoryLimits.MAX_DEPTH) {
            throw CategoryRuleViolation.tooDeep();
        }
        tree.move(id, command.newParentId());
        apply(new CategoryMovedEvent(id, parentId, command.newParentId()));
    }

    @CommandHandler
    void handle(ReorderCategoryCommand command) {
        requireAllowed(command.actor(), command.expectedVersion());
        CategoryRules.requireValidSortOrder(command.sortOrder());
        if (command.sortOrder() != sortOrder) {
            apply(new CategoryReorderedEvent(id, command.sortOrder()));
        }
    }

    @CommandHandler
    void handle(FeatureCategoryCommand command) {
        requireAllowed(command.actor(), command.expectedVersion());
        if (!featured) {
            apply(new CategoryFeaturedEvent(id));
        }
    }

    @CommandHandler
    void handle(UnfeatureCategoryCommand command) {
        requireAllowed(command.actor(), command.expectedVersion());
        if (featured) {
            apply(new CategoryUnfeaturedEvent(id));
        }
    }

    /** Under the tree's lock, so a product write placing a product here either goes first or sees the change. */
    @CommandHandler
    void handle(DeactivateCategoryCommand command, CategoryTree tree) {
        requireAllowed(command.actor(), command.expectedVersion());
        if (active) {
            tree.lock();
            tree.setActive(id, false);
            apply(new CategoryDeactivatedEvent(id));
        }
    }

    @CommandHandler
    void handle(ReactivateCategoryCommand command, CategoryTree tree) {
        requireAllowed(command.actor(), command.expectedVersion());
        if (!active) {
            tree.lock();
            tree.setActive(id, true);
            apply(new CategoryReactivatedEvent(id));
        }
    }

    @CommandHandler
    void handle(DeleteCategoryCommand command, CategoryTree tree, CategoryUsage usage) {
        requireAllowed(command.actor(), command.expectedVersion());
        tree.lock();
        if (tree.hasChildren(id)) {
            throw CategoryRuleViolation.hasChildren();
        }
        String target = command.reassignProductsTo();
        if (target != null && (target.equals(id) || !tree.contains(target))) {
            throw CategoryRuleViolation.reassignTargetInvalid(target);
        }
        if (target != null && !tree.isActive(target)) {
            throw CategoryRuleViolation.reassignTargetInactive(target);
        }
        long products = usage.activeProductsIn(id);
        if (target == null && products > 0) {
            throw CategoryRuleViolation.hasProducts(products);
        }
        tree.remove(id);
        apply(new CategoryDeletedEvent(id, target));
    }

    private void requireAllowed(Actor actor, Long expectedVersion) {
        actor.requireAdmin(MANAGE);
        ExpectedVersion.require(id, expectedVersion);
    }

    /** The parent exists and a subtree of {@code height} levels fits below it. */
    private static void requireParentFor(CategoryTree tree, String parentId, int height) {
        if (!tree.contains(parentId)) {
            throw CategoryRuleViolation.parentUnknown(parentId);
        }
        if (tree.depthOf(parentId) + height > CategoryLimits.MAX_DEPTH) {
            throw CategoryRuleViolation.tooDeep();
        }
    }

    @EventSourcingHandler
    void on(CategoryCreatedEvent event) {
        id = event.categoryId();
        parentId = event.parentId();
        name = event.name();
        slug = event.slug();
        description = event.description();
        sortOrder = event.sortOrder();
        active = true;
    }

    @EventSourcingHandler
    void on(CategoryDetailsChangedEvent event) {
        name = event.name();
        slug = event.slug();
        description = event.description();
    }

    @EventSourcingHandler
    void on(CategoryMovedEvent event) {
        parentId = event.newParentId();
    }

    @EventSourcingHandler
    void on(CategoryReorderedEvent event) {
        sortOrder = event.sortOrder();
    }

    @EventSourcingHandler
    void on(CategoryFeaturedEvent event) {
        featured = true;
    }

    @EventSourcingHandler
    void on(CategoryUnfeaturedEvent event) {
        featured = false;
    }

    @EventSourcingHandler
    void on(CategoryDeactivatedEvent event) {
        active = false;
    }

    @EventSourcingHandler
    void on(CategoryReactivatedEvent event) {
        active = true;
    }

    @EventSourcingHandler
    void on(CategoryDeletedEvent event) {
        markDeleted();
    }
}
