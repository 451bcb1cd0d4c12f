package com.catalog.events.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ProductIdTest {

    @Test
    void newIdsAreDistinctUuids() {
        assertThat(ProductId.newId()).isNotEqualTo(ProductId.newId());
    }

    @Test
    void rejectsTextThatIsNotAUuid() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProductId("42"));
        assertThatNullPointerException().isThrownBy(() -> new ProductId(null));
    }
}
