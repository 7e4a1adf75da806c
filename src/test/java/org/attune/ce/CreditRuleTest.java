package org.attune.ce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.attune.ce.CreditRule.Rounding;
import org.junit.jupiter.api.Test;

class CreditRuleTest {

    private static final CreditRule HALF_CREDITS_DOWN = new CreditRule(60, new BigDecimal("0.5"), Rounding.DOWN);

    @Test
    void sixtyMinutesEarnOneCredit() {
        assertThat(HALF_CREDITS_DOWN.credits(60)).isEqualByComparingTo("1");
    }

    @Test
    void minutesThatDoNotFillAStepEarnNothingWhenRoundingDown() {
        assertThat(HALF_CREDITS_DOWN.credits(89)).isEqualByComparingTo("1");
        assertThat(HALF_CREDITS_DOWN.credits(90)).isEqualByComparingTo("1.5");
        assertThat(HALF_CREDITS_DOWN.credits(29)).isEqualByComparingTo("0");
    }

    @Test
    void roundingToTheNearestStepRoundsHalfUp() {
        var quarters = new CreditRule(60, new BigDecimal("0.25"), Rounding.NEAREST);
        assertThat(quarters.credits(68)).isEqualByComparingTo("1.25");
        assertThat(quarters.credits(67)).isEqualByComparingTo("1");
        assertThat(quarters.credits(307)).isEqualByComparingTo("5");
        assertThat(quarters.credits(308)).isEqualByComparingTo("5.25");
    }

    @Test
    void fiftyMinuteHoursCountMoreCredits() {
        assertThat(new CreditRule(50, BigDecimal.ONE, Rounding.DOWN).credits(300))
                .isEqualByComparingTo("6");
    }

    @Test
    void noMinutesEarnNoCreditsWithTwoDecimals() {
        assertThat(HALF_CREDITS_DOWN.credits(0)).isEqualTo(new BigDecimal("0.00"));
        assertThat(HALF_CREDITS_DOWN.credits(-5)).isEqualTo(new BigDecimal("0.00"));
        assertThat(HALF_CREDITS_DOWN.credits(300)).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void aRuleWithoutMinutesOrStepsCannotBeMade() {
        assertThatThrownBy(() -> new CreditRule(0, BigDecimal.ONE, Rounding.DOWN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreditRule(60, BigDecimal.ZERO, Rounding.DOWN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
