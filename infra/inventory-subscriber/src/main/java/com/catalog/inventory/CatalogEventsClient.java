package com.catalog.inventory;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Reads the query side's catch-up API with the configured service-account bearer token. */
@Component
class CatalogEventsClient {

    private final RestClient http;
    private final int pageSize;

    CatalogEventsClient(RestClient.Builder builder, InventoryProperties properties) {
        InventoryProperties.CatchUp catchUp = properties.catchUp();
        this.http = builder.baseUrl(catchUp.baseUrl().toString())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + catchUp.bearerToken())
                .build();
        this.pageSize = catchUp.pageSize();
    }

    CatchUpPage pageAfter(long position) {
        return http.get()
                .uri("/api/v1/integration/events?after={after}&limit={limit}", position, pageSize)
                .retrieve()
                .body(CatchUpPage.class);
    }
}
