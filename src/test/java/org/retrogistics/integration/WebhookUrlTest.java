package org.retrogistics.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookUrlTest {

    @Test
    void httpsAnywhereAndPlainHttpOnlyToThisMachine() {
        assertThat(WebhookSubscriptions.checkedUrl("https://hooks.example.com/rtg?x=1"))
                .isEqualTo("https://hooks.example.com/rtg?x=1");
        assertThat(WebhookSubscriptions.checkedUrl("http://127.0.0.1:9000/in")).isEqualTo("http://127.0.0.1:9000/in");
        assertThat(WebhookSubscriptions.checkedUrl("http://localhost/in")).isEqualTo("http://localhost/in");
        for (String refused : new String[] {
            "http://hooks.example.com/in",
            "ftp://127.0.0.1/in",
            "https://user:pass@hooks.example.com/in",
            "https:///no-host",
            "not a url",
            ""
        }) {
            assertThatThrownBy(() -> WebhookSubscriptions.checkedUrl(refused))
                    .as(refused)
                    .isInstanceOf(InvalidWebhookSubscription.class);
        }
    }
}
