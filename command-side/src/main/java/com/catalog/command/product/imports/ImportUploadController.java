package com.catalog.command.product.imports;

import com.catalog.command.idempotency.IdempotentUploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of the import upload: the NDJSON body becomes a queued job; workers create the products. */
@RestController
class ImportUploadController {

    static final String NDJSON = "application/x-ndjson";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REQUEST_EXAMPLE = """
            {"name": {"en": "Trail running shoe"}, "slug": "trail-running-shoe", "defaultLocale": "en", "sku": "TRAIL-42", "prices": [{"currency": "EUR", "amount": 12900}], "categoryId": "running-shoes", "brandId": "acme"}
            {"name": {"en": "Road running shoe"}, "slug": "road-running-shoe", "defaultLocale": "en", "sku": "ROAD-42", "prices": [{"currency": "EUR", "amount": 9900}]}
            """;
    static final String QUEUED_EXAMPLE = """
            {"id": "5f0c2a8e-3b7d-4c1e-9f6a-2d8b4e0c7a13", "publish": false, "status": "QUEUED", "total": 2, "done": 0, "succeeded": 0,
             "failed": 0, "createdAt": "2026-11-27T10:15:30Z",
             "failuresUrl": "/api/v1/imports/5f0c2a8e-3b7d-4c1e-9f6a-2d8b4e0c7a13/failures"}""";

    private final ImportUploads uploads;
    private final IdempotentUploads idempotency;
    private final ImportProperties properties;
    private final ImportProblems problems;

    ImportUploadController(ImportUploads uploads, IdempotentUploads idempotency,
                           ImportProperties properties, ImportProblems problems) {
        this.uploads = uploads;
        this.idempotency = idempotency;
        this.properties = properties;
        this.problems = problems;
    }

    @Operation(summary = "Import products from NDJSON", description = "Roles SELLER or ADMIN; the caller becomes the "
            + "seller of every product. One product-create JSON per line, the shape of POST /api/v1/products; blank "
            + "lines are skipped but counted, so line numbers are the file's. The upload is stored and answered 202 at "
            + "once; workers then create the products, each line as its own command: a refused line is recorded as a "
            + "failure with its line number and problem and does not stop the job. Limits (catalog.imports.*): "
            + "200,000 lines, 100 MB, 256 KB per line; beyond them the whole upload is refused with 413. "
            + "Idempotency-Key works as on other POSTs: a retry with the same key and body gets the first answer "
            + "(Idempotent-Replayed: true) and queues no second job. With publish=true each line's product is created "
            + "and published in one transaction (a line is all or nothing: a refused publish fails the line and "
            + "leaves no product); the job's status shows publish.",
            parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false,
                    description = "optional; a retry with the same key and body gets the first job back",
                    example = "8e0f6b2c-1a4d-4f3e-9c7b-5d2a8e6f1b30"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = NDJSON, examples = @ExampleObject(value = REQUEST_EXAMPLE))))
    @ApiResponse(responseCode = "202", description = "Queued; poll Location for progress",
            headers = @Header(name = "Location", description = "the job: /api/v1/imports/{id}"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(value = QUEUED_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Unusable Idempotency-Key (code invalid-idempotency-key), or "
            + "publish neither true nor false",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token (code unauthenticated)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Neither SELLER nor ADMIN (code forbidden)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "An upload with this Idempotency-Key is still being stored "
            + "(code idempotency-key-in-flight)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "More lines, bytes or bytes per line than allowed; nothing is "
            + "stored (code import-too-large)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = """
                            {"type": "https://catalog.dev/problems/import-too-large", "title": "Payload Too Large",
                             "status": 413, "detail": "An upload may have at most 200000 lines.", "code": "import-too-large"}""")))
    @ApiResponse(responseCode = "415", description = "Not application/x-ndjson (code unsupported-media-type)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "No line to import, or a line that is not UTF-8 text (code "
            + "invalid-import, errors[] names the line); or the Idempotency-Key was used with another body (code "
            + "idempotency-key-reused)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = """
                            {"type": "https://catalog.dev/problems/invalid-import", "title": "Unprocessable Entity",
                             "status": 422, "detail": "The upload is not NDJSON text.", "code": "invalid-import",
                             "errors": [{"field": "line 3", "message": "is not UTF-8 text without NUL characters"}]}""")))
    @PostMapping(path = ImportJobView.COLLECTION, consumes = NDJSON, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportJobView> upload(@Parameter(hidden = true) HttpServletRequest request,
                                         @Parameter(hidden = true) HttpServletResponse response,
                                         @Parameter(hidden = true) Authentication caller,
                                         @Parameter(description = "true: publish each product as its line creates it, "
                                                 + "as POST /api/v1/products/{id}/publish would (same owner rules); "
                                                 + "default false (DRAFTs)", example = "true")
                                         @RequestParam(name = "publish", defaultValue = "false") boolean publish)
            throws IOException {
        String role = uploaderRole(caller);
        if (idempotency.answeredInvalidKey(request, response)) {
            return null;
        }
        if (request.getContentLengthLong() > properties.maxBytes().toBytes()) {
            throw problems.tooLarge("An upload may have at most " + properties.maxBytes().toBytes() + " bytes.");
        }
        Optional<ImportJobView> queued = uploads.accept(caller.getName(), role, publish,
                idempotency.keyOf(request), request, response);
        // empty: the answer of the earlier upload with this Idempotency-Key is already written
        return queued.map(job -> ResponseEntity.accepted().location(URI.create(ImportJobView.COLLECTION + "/" + job.id())).body(job))
                .orElse(null);
    }

    /** The role the job's commands run with: ADMIN if the caller has it, else SELLER; anyone else is refused. */
    private String uploaderRole(Authentication caller) {
        var roles = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        if (roles.contains("ROLE_ADMIN")) {
            return "ADMIN";
        }
        if (roles.contains("ROLE_SELLER")) {
            return "SELLER";
        }
        throw problems.notSellerOrAdmin();
    }
}
