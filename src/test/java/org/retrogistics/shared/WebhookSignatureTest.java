package org.retrogistics.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // the test vector of the Standard Webhooks reference libraries (standard-webhooks/standard-webhooks, the "sign"
    // tests of libraries/php and others): a receiver's library must accept exactly this
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsTheSpecificationsExampleExactly() {
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void verifiesAnyOfTheSpaceSeparatedSignatures() {
        String other = WebhookSignature.newSecret();
        String header = WebhookSignature.sign(other, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY) + " " + SPEC_SIGNATURE;
        assertThat(WebhookSignature.verifies(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, header))
                .isTrue();
        assertThat(WebhookSignature.verifies(other, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, header))
                .isTrue();
        assertThat(WebhookSignature.verifies(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP + 1, SPEC_BODY, header))
                .as("another timestamp")
                .isFalse();
        assertThat(WebhookSignature.verifies(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY + " ", header))
                .as("another body")
                .isFalse();
    }

    @Test
    void aNewSecretIsWhsecAndAtLeast24RandomBytes() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSizeGreaterThanOrEqualTo(24);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }
}
