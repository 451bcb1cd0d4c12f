package com.catalog.command.brand;

import com.catalog.command.domain.Patch;
import com.catalog.command.domain.Slugs;
import com.catalog.command.domain.WebUrls;
import com.catalog.command.web.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The brand fields a body may carry, read with the limits the aggregate enforces, for create (all given),
 * PUT (all given, absent optional ones cleared) and PATCH (merge patch).
 */
public final class BrandFields {

    public static final List<String> ACCEPTED = List.of("name", "slug", "description", "logoUrl", "websiteUrl");
    public static final String EXAMPLE = """
            {"name": "Acme Outdoor", "slug": "acme-outdoor", "description": "Gear for the hills",
             "logoUrl": "https://cdn.example.com/acme.png", "websiteUrl": "https://acme.example.com"}""";

    private final JsonFields fields;

    private BrandFields(JsonNode body) {
        this.fields = JsonFields.of(body, ACCEPTED);
    }

    /** Name and slug required; absent optional fields are null. */
    public static BrandPatch full(JsonNode body) {
        BrandFields reader = new BrandFields(body);
        String name = reader.fields.requiredText("name", BrandLimits.NAME_MAX_LENGTH, null, null);
        String slug = reader.fields.requiredText("slug", Slugs.MAX_LENGTH, Slugs::isValid, Slugs.RULE);
        BrandPatch patch = new BrandPatch(Patch.of(name), Patch.of(slug), reader.optional("description"),
                reader.optional("logoUrl"), reader.optional("websiteUrl"));
        reader.fields.validate();
        return patch;
    }

    /** RFC 7386: absent keeps, null clears an optional field; name and slug cannot be cleared. */
    public static BrandPatch merge(JsonNode body) {
        BrandFields reader = new BrandFields(body);
        BrandPatch patch = new BrandPatch(
                reader.fields.patchText("name", BrandLimits.NAME_MAX_LENGTH, false, null, null),
                reader.fields.patchText("slug", Slugs.MAX_LENGTH, false, Slugs::isValid, Slugs.RULE),
                reader.patch("description"), reader.patch("logoUrl"), reader.patch("websiteUrl"));
        reader.fields.validate();
        return patch;
    }

    private Patch<String> optional(String name) {
        return Patch.of(patch(name).value());
    }

    private Patch<String> patch(String name) {
        return name.equals("description")
                ? fields.patchText(name, BrandLimits.DESCRIPTION_MAX_LENGTH, true, null, null)
                : fields.patchText(name, WebUrls.MAX_LENGTH, true, WebUrls::isValid, WebUrls.RULE);
    }

    /** The fields as merge-patch values. */
    public record BrandPatch(Patch<String> name, Patch<String> slug, Patch<String> description, Patch<String> logoUrl,
                             Patch<String> websiteUrl) {
    }
}
