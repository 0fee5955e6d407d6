package org.retrogistics.recycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A recycler takes batches only on days a certificate covers, both ends included; the refusal says why. */
class CertificationValidityTest {

    private static final LocalDate FROM = LocalDate.parse("2025-01-01");
    private static final LocalDate UNTIL = LocalDate.parse("2025-12-31");

    private static Recycler certified() {
        Recycler r = new Recycler(UUID.randomUUID(), UUID.randomUUID(), "GR", "Green Recovery", Instant.now());
        r.certify(CertificationScheme.E_STEWARDS, "ES-77", FROM, UNTIL);
        return r;
    }

    @Test
    void validOnBothEndsOfItsPeriod() {
        assertThat(CertificationValidity.check(certified(), FROM).allowed()).isTrue();
        assertThat(CertificationValidity.check(certified(), UNTIL).allowed()).isTrue();
        assertThat(CertificationValidity.check(certified(), FROM).reason()).contains("e-Stewards ES-77");
    }

    @Test
    void lapsedTheDayAfterAndNamesTheCertificate() {
        Verdict v = CertificationValidity.check(certified(), UNTIL.plusDays(1));
        assertThat(v.allowed()).isFalse();
        assertThat(v.reason()).contains("lapsed").contains("ES-77").contains("2025-12-31");
    }

    @Test
    void notYetValidAndNoneAtAll() {
        assertThat(CertificationValidity.check(certified(), FROM.minusDays(1)).reason())
                .contains("not yet valid");
        Recycler none = new Recycler(UUID.randomUUID(), UUID.randomUUID(), "X", "Nobody", Instant.now());
        assertThat(CertificationValidity.check(none, FROM).reason()).contains("no certification");
    }

    @Test
    void aRenewalCoversTheGapAndABackwardPeriodIsRefused() {
        Recycler r = certified();
        r.certify(CertificationScheme.R2, "R2-2026", UNTIL.plusDays(1), UNTIL.plusYears(1));
        assertThat(CertificationValidity.check(r, UNTIL.plusDays(1)).allowed()).isTrue();
        assertThatThrownBy(() -> r.certify(CertificationScheme.ISO_14001, "ISO-1", UNTIL, FROM))
                .isInstanceOf(Recycler.InvalidCertification.class);
    }

    @Test
    void aBatchToALapsedRecyclerIsNotOpened() {
        assertThatThrownBy(() -> new RecyclingBatch(
                        new RecyclingBatch.Draft(
                                UUID.randomUUID(), "RB-9", BatchPurpose.RECYCLE, UNTIL.plusDays(1), null, "t"),
                        certified(),
                        Instant.now()))
                .isInstanceOf(RecyclingBatch.RecyclerCertificationLapsed.class)
                .extracting(e -> ((RecyclingBatch.RecyclerCertificationLapsed) e).code())
                .isEqualTo("recycler-certification-lapsed");
    }
}
