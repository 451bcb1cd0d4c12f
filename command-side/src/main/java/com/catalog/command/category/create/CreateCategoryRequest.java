package com.catalog.command.category.create;

import com.catalog.command.category.CategoryLimits;
import com.catalog.command.domain.Actor;
import com.catalog.command.domain.Slugs;
import com.catalog.command.web.JsonFields;
import com.catalog.command.web.PreparedCommand;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/** Reads the body of {@code POST /api/v1/categories} (and of each bulk item) field by field. */
final class CreateCategoryRequest {

    static final List<String> FIELDS = List.of("name", "slug", "description", "parentId", "sortOrder");
    static final String EXAMPLE = """
            {"name": "Running shoes", "slug": "running-shoes", "description": "Road and trail",
             "parentId": "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f", "sortOrder": 10}""";

    private CreateCategoryRequest() {
    }

    /** @throws com.catalog.command.web.InvalidFieldsException naming every invalid field */
    static PreparedCommand read(JsonNode body, Actor actor) {
        JsonFields fields = JsonFields.of(body, FIELDS);
        String name = fields.requiredText("name", CategoryLimits.NAME_MAX_LENGTH, null, null);
        String slug = fields.requiredText("slug", Slugs.MAX_LENGTH, Slugs::isValid, Slugs.RULE);
        String description = fields.optionalText("description", CategoryLimits.DESCRIPTION_MAX_LENGTH, null, null);
        String parentId = fields.optionalUuid("parentId");
        Integer sortOrder = fields.optionalInt("sortOrder", 0, CategoryLimits.SORT_ORDER_MAX);
        fields.validate();
        String id = UUID.randomUUID().toString();
        return new PreparedCommand(id, new CreateCategoryCommand(id, actor, name, slug, description,
                parentId == null ? null : parentId.toLowerCase(), sortOrder == null ? 0 : sortOrder));
    }
}
