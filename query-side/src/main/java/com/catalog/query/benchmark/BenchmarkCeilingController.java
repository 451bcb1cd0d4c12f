package com.catalog.query.benchmark;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read benchmark's first ceiling (docs/benchmarks.md, issue 5): a constant JSON document served through the same
 * stack as the product reads (Tomcat, the security filter chain, Spring MVC, Jackson) but touching nothing else, so
 * the product page's throughput can be compared with what the stack alone does on the same machine in the same run.
 * Exists only with the profile {@code bench}; never in production, hence not in the API document.
 */
@Hidden
@Profile("bench")
@RestController
class BenchmarkCeilingController {

    /** About the size of a small product page's head, so serialisation is not free either. */
    private static final Map<String, Object> CONSTANT = Map.of(
            "id", "3b1f0c2e-8a4d-4f6b-9c1d-2e3f4a5b6c7d",
            "name", "Rustic Oak Desk 7",
            "status", "PUBLISHED",
            "prices", List.of(Map.of("currency", "EUR", "amount", 12900)),
            "attributes", Map.of("colour", "brown", "size", "m"));

    @GetMapping("/api/v1/products/benchmark/constant")
    Map<String, Object> constant() {
        return CONSTANT;
    }
}
