package com.catalog.events.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTest {

    @Test
    void keepsAmountInMinorUnitsAndTheCurrency() {
        Money price = Money.of(1999, "EUR");
        assertThat(price.amountMinor()).isEqualTo(1999);
        assertThat(price.currency()).isEqualTo("EUR");
    }

    @Test
    void zeroIsAValidPrice() {
        assertThat(Money.of(0, "JPY").amountMinor()).isZero();
    }

    @Test
    void rejectsANegativeAmount() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(-1, "EUR")).withMessageContaining("negative");
    }

    @Test
    void rejectsCodesThatAreNotIso4217() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(1, "eur"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(1, "XYZ"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(1, "EURO"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(1, null));
    }
}
