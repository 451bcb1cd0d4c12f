package com.catalog.command.idempotency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** Documents {@code Idempotency-Key} on every POST the filter covers, so no controller has to repeat it. */
@Component
class IdempotencyKeyOpenApi implements OpenApiCustomizer {

    private static final String DESCRIPTION = "Optional. A retry with the same key by the same caller within "
            + "catalog.idempotency.ttl (24 h) gets the first successful answer again (status, Location, ETag, "
            + "X-Catalog-Position, body; header Idempotent-Replayed: true) and stores no second event. "
            + "1-255 printable ASCII characters (else 400 invalid-idempotency-key).";
    private static final String IN_FLIGHT = "idempotency-key-in-flight: a request with this key is still running "
            + "(a duplicate waits up to catalog.idempotency.in-flight-wait first); retry after Retry-After";
    private static final String REUSED = "idempotency-key-reused: the key was used for a different request";

    private final IdempotencyProperties properties;

    IdempotencyKeyOpenApi(IdempotencyProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (item.getPost() != null && properties.covers(path)) {
                document(item.getPost());
            }
        });
    }

    private static void document(Operation post) {
        post.addParametersItem(new HeaderParameter().name(IdempotencyKeyHeader.NAME).required(false)
                .description(DESCRIPTION)
                .schema(new StringSchema().minLength(1).maxLength(IdempotencyKeyHeader.MAX_LENGTH))
                .examples(Map.of("uuid", new Example().value("8e4b1f5c-2a9d-4c1e-9f0a-3b7d5e6c1a2f"))));
        mention(post, "409", IN_FLIGHT);
        mention(post, "422", REUSED);
    }

    private static void mention(Operation post, String status, String text) {
        ApiResponse existing = post.getResponses().get(status);
        if (existing == null) {
            post.getResponses().addApiResponse(status, new ApiResponse().description(text));
        } else {
            existing.setDescription(existing.getDescription() + "; " + text);
        }
    }
}
