package org.retrogistics.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FinalAnswersTest {

    @Test
    void successesAndRefusalsThatWouldRepeatAreFinal() {
        assertThat(FinalAnswers.isFinal(200, null)).isTrue();
        assertThat(FinalAnswers.isFinal(201, null)).isTrue();
        assertThat(FinalAnswers.isFinal(204, null)).isTrue();
        assertThat(FinalAnswers.isFinal(400, "validation-failed")).isTrue();
        assertThat(FinalAnswers.isFinal(404, "not-found")).isTrue();
        assertThat(FinalAnswers.isFinal(413, null)).isTrue();
        assertThat(FinalAnswers.isFinal(422, "return-quantity-exceeded")).isTrue();
        assertThat(FinalAnswers.isFinal(409, "return-not-resolvable")).isTrue();
        assertThat(FinalAnswers.isFinal(409, "duplicate-order")).isTrue();
    }

    @Test
    void racesAndServerTroubleAreNotFinal() {
        assertThat(FinalAnswers.isFinal(409, "concurrent-update")).isFalse();
        assertThat(FinalAnswers.isFinal(409, "stale-version")).isFalse();
        assertThat(FinalAnswers.isFinal(409, "stale-decision")).isFalse();
        assertThat(FinalAnswers.isFinal(409, "constraint-violated")).isFalse();
        assertThat(FinalAnswers.isFinal(409, "idempotency-key-in-use")).isFalse();
        assertThat(FinalAnswers.isFinal(409, null)).isFalse();
        assertThat(FinalAnswers.isFinal(429, null)).isFalse();
        assertThat(FinalAnswers.isFinal(408, null)).isFalse();
        assertThat(FinalAnswers.isFinal(401, "unauthenticated")).isFalse();
        assertThat(FinalAnswers.isFinal(403, "forbidden")).isFalse();
        assertThat(FinalAnswers.isFinal(500, null)).isFalse();
        assertThat(FinalAnswers.isFinal(503, "commit-failed")).isFalse();
        assertThat(FinalAnswers.isFinal(100, null)).isFalse();
    }
}
