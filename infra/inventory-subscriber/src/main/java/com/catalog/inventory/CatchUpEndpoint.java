package com.catalog.inventory;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/** {@code POST /actuator/catchup}: catch up from the catalog's event store on demand (e.g. after an incident). */
@Component
@Endpoint(id = "catchup")
class CatchUpEndpoint {

    private final CatalogCatchUp catchUp;

    CatchUpEndpoint(CatalogCatchUp catchUp) {
        this.catchUp = catchUp;
    }

    @WriteOperation
    CatalogCatchUp.CatchUpResult catchUp() {
        return catchUp.run();
    }
}
