package com.catalog.query.product.details;

import com.catalog.query.consistency.MinPosition;
import com.catalog.query.consistency.RequestedMinPosition;
import com.catalog.query.consistency.ProjectionConsistency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.catalog.query.browse.BrowseCaching;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

@RestController
@Tag(name = "Products", description = "Public product reads")
class ProductDetailsController {

    private static final String CURRENT = "current";
    private static final String STAGED = "staged";

    private final ProductDetailsRepository products;
    private final ProductVariantRepository variants;
    private final ProductMediaRepository media;
    private final ProjectionConsistency consistency;
    private final BrowseCaching caching;
    /** Buyers' Cache-Control, rendered once: the page cache's hit path builds no header value per request. */
    private final String publicRead;
    private final ProductPages pages;
    private final ProductAsOfReads asOfReads;

    ProductDetailsController(ProductDetailsRepository products, ProductVariantRepository variants,
                             ProductMediaRepository media, ProjectionConsistency consistency, BrowseCaching caching,
                             ProductPages pages, ProductAsOfReads asOfReads) {
        this.products = products;
        this.variants = variants;
        this.media = media;
        this.consistency = consistency;
        this.caching = caching;
        this.publicRead = caching.publicRead().getHeaderValue();
        this.pages = pages;
        this.asOfReads = asOfReads;
    }

    @GetMapping("/api/v1/products/{id}")
    @Operation(summary = "A product page", description = "ETag is the product's version (aggregate sequence). Buyers see "
            + "the current version; the owner and admins (bearer token) may ask for the staged one (details, prices, "
            + "variants and images as edited since the last publication) with ?version=staged and also see the cost "
            + "price. Texts are in ?locale=, else the product's default locale. With ?asOf= the product as it was at "
            + "that moment, rebuilt from its events (see the asOf parameter), in the version asked for.")
    @ApiResponse(responseCode = "200", description = "The product",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductDetailsResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed id or min position; version neither current nor "
            + "staged (code invalid-version); asOf unparsable (code invalid-as-of) or in the future (code as-of-in-future)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "version=staged without a (valid) bearer token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "version=staged by someone other than the owner or an admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown product; with asOf: not created yet then, or (buyers) not "
            + "published then",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Read model behind the requested position (Retry-After: 1)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> product(
            @PathVariable UUID id,
            @RequestedMinPosition OptionalLong position,
            @Parameter(description = "current (what buyers see) or staged (owner and admins)", example = "current",
                    schema = @Schema(type = "string", pattern = CURRENT + "|" + STAGED, defaultValue = CURRENT))
            @RequestParam(name = "version", defaultValue = CURRENT) String version,
            @Parameter(description = "locale of name and descriptions; falls back to the default locale", example = "de")
            @RequestParam(name = "locale", required = false) String locale,
            @Parameter(description = "Point in time (ISO-8601 with zone): the product as it was then, rebuilt from the "
                    + "event store. Buyers only get a product that was published then (its current version); the owner "
                    + "and admins get it whatever its status. Strong ETag: the product's version at that moment.",
                    example = "2026-03-01T12:00:00Z")
            @RequestParam(name = "asOf", required = false) String asOf,
            Authentication caller) {
        boolean staged = staged(version);
        if (asOf != null) {
            return asOfReads.read(id, asOf, staged, locale, caller);
        }
        consistency.awaitProcessed(ProductDetailsProjection.PROCESSOR, position);
        if (!staged) {
            // what buyers see comes from the page cache, already as JSON; the owner and admins see more (below)
            ProductPage page = pages.current(id, locale, position.isPresent());
            if (!ProductReaders.isOwnerOrAdmin(caller, page.sellerId())) {
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.CACHE_CONTROL, publicRead)
                        .varyBy(MinPosition.HEADER, HttpHeaders.AUTHORIZATION).eTag(page.etag()).body(page.json());
            }
        }
        ProductDetails product = products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
        boolean privileged = ProductReaders.isOwnerOrAdmin(caller, product.sellerId());
        if (staged && !privileged) {
            throw new StagedVersionDeniedException(caller != null && caller.isAuthenticated());
        }
        return ResponseEntity.ok()
                // what buyers see may sit in shared caches; what the owner or an admin sees may not
                .cacheControl(privileged ? CacheControl.noCache().cachePrivate() : caching.publicRead())
                .varyBy(MinPosition.HEADER, HttpHeaders.AUTHORIZATION)
                .eTag("\"" + product.lastSequence() + "\"")
                .body(ProductDetailsResponse.of(product, variants.variantsOf(id, staged),
                        media.find(id, staged).orElse(new ProductMedia(List.of(), false)), locale, staged, privileged,
                        privileged && hasStagedChanges(product)));
    }

    /**
     * Checked here rather than by a {@code @Pattern} on the parameter: Spring's method validation would run
     * Hibernate Validator over every argument of every read, the hottest path of the query side.
     */
    private static boolean staged(String version) {
        if (CURRENT.equals(version)) {
            return false;
        }
        if (STAGED.equals(version)) {
            return true;
        }
        throw new UnknownVersionException();
    }

    private boolean hasStagedChanges(ProductDetails product) {
        return product.hasStagedChanges() || media.hasStagedImages(product.id())
                || variants.hasStagedChanges(product.id());
    }

    @GetMapping("/api/v1/products/by-slug/{slug}")
    @Operation(summary = "A published product page by its slug", description = "The same answer as by id (ETag, "
            + "locale, read-your-writes); only published products have a public address.")
    @ApiResponse(responseCode = "200", description = "The product",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductDetailsResponse.class)))
    @ApiResponse(responseCode = "404", description = "No published product has this slug (code product-not-found)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> productBySlug(
            @Parameter(example = "oak-desk") @PathVariable @Size(max = 120) String slug,
            @RequestedMinPosition OptionalLong minPosition,
            @Parameter(example = "de") @RequestParam(name = "locale", required = false) String locale,
            Authentication caller) {
        consistency.awaitProcessed(ProductDetailsProjection.PROCESSOR, minPosition);
        UUID id = products.findPublishedIdBySlug(slug).orElseThrow(() -> new ProductNotFoundException(slug));
        return product(id, OptionalLong.empty(), CURRENT, locale, null, caller);
    }
}
