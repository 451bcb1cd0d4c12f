package com.catalog.events.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SkuTest {

    @Test
    void normalisesToUpperCaseSoThatCaseVariantsAreTheSameSku() {
        assertThat(Sku.of(" ab-12.x_3 ")).isEqualTo(Sku.of("AB-12.X_3"));
        assertThat(Sku.of("ab-1").value()).isEqualTo("AB-1");
    }

    @Test
    void acceptsSixtyFourCharacters() {
        assertThat(Sku.of("A".repeat(64)).value()).hasSize(64);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-AB", "A B", "AB/1", "ÄB", "A;DROP"})
    void rejectsMalformedSkus(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Sku.of(raw));
    }

    @Test
    void rejectsMoreThanSixtyFourCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> Sku.of("A".repeat(65)));
    }
}
