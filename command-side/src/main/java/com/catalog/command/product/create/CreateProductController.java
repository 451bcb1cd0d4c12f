package com.catalog.command.product.create;

import com.catalog.command.eventstore.WritePosition;
import com.catalog.command.eventstore.WritePositions;
import com.catalog.command.web.ApiHeaders;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.value.ProductId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of the create-product use case; who is acting travels as command metadata, set on dispatch. */
@RestController
class CreateProductController {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final CommandGateway commandGateway;
    private final WritePositions writePositions;

    CreateProductController(CommandGateway commandGateway, WritePositions writePositions) {
        this.commandGateway = commandGateway;
        this.writePositions = writePositions;
    }

    @Operation(summary = "Create a product as a draft", description = "Roles SELLER or ADMIN; the caller becomes its seller.")
    @ApiResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", description = "the product's URI"),
            @Header(name = "ETag", description = "the aggregate version, quoted"),
            @Header(name = ApiHeaders.POSITION, description = "global position of the event: the consistency token")})
    @ApiResponse(responseCode = "400", description = "Invalid or malformed input; per-field errors in errors[] (code invalid-request)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Neither SELLER nor ADMIN",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "SKU taken (code sku-taken), slug taken (code slug-taken) or concurrent write",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Unknown or server-owned members such as sellerId or status (code unknown-fields, "
            + "errors[] per member), a product rule broken (e.g. product-name-required, duplicate-currency), or a "
            + "category/brand that does not exist, was deleted or is deactivated (invalid-reference, errors[] names it)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = """
                            {"type": "https://catalog.dev/problems/unknown-fields", "title": "Unprocessable Entity", "status": 422,
                             "detail": "The request has members this endpoint does not take: sellerId.", "code": "unknown-fields",
                             "errors": [{"field": "sellerId", "message": "is set by the server and cannot be sent"}]}""")))
    @PostMapping("/api/v1/products")
    ResponseEntity<CreateProductResponse> create(@Valid @RequestBody CreateProductRequest request,
                                                 @AuthenticationPrincipal Jwt caller) {
        ProductId id = ProductId.newId();
        CreateProductCommand command = request.toCommand(id, caller.getSubject());
        commandGateway.sendAndWait(command);
        WritePosition written = writePositions.latestOf(id.value());
        return ResponseEntity.created(URI.create("/api/v1/products/" + id.value()))
                .eTag(Long.toString(written.version()))
                .header(ApiHeaders.POSITION, Long.toString(written.position()))
                .body(new CreateProductResponse(id.value(), written.version(), written.position(),
                        ProductStatus.DRAFT, command.details().slug(), command.sku().value()));
    }
}
