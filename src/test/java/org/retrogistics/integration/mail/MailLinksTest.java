package org.retrogistics.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MailLinksTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    private final MailLinks links = new MailLinks("secret", Duration.ofDays(90), "https://r.example.com/", NOW);

    private static String sig(String url) {
        return url.substring(url.indexOf("sig=") + 4);
    }

    @Test
    void anUnsubscribeLinkIsValidForItsClientAndEmailOnly() {
        UUID mail = UUID.randomUUID();
        String url = links.unsubscribeUrl("acme", mail);
        assertThat(url).startsWith("https://r.example.com/portal/acme/unsubscribe?m=" + mail + "&sig=");
        assertThat(links.validUnsubscribe("acme", mail, sig(url))).isTrue();
        assertThat(links.validUnsubscribe("other", mail, sig(url))).isFalse();
        assertThat(links.validUnsubscribe("acme", UUID.randomUUID(), sig(url))).isFalse();
        assertThat(links.validUnsubscribe("acme", mail, null)).isFalse();
        assertThat(new MailLinks("another secret", Duration.ofDays(90), "https://r.example.com", NOW)
                        .validUnsubscribe("acme", mail, sig(url)))
                .isFalse();
    }

    @Test
    void theStatusLinkIsThePortalsSignedLinkOrItsStartPageWithoutASecret() {
        assertThat(links.statusUrl("acme", "RMA-1"))
                .startsWith("https://r.example.com/portal/acme/status?rma=RMA-1&exp="
                        + NOW.instant().plus(Duration.ofDays(90)).getEpochSecond() + "&sig=");
        assertThat(new MailLinks("", Duration.ofDays(90), "https://r.example.com", NOW).statusUrl("acme", "RMA-1"))
                .isEqualTo("https://r.example.com/portal/acme");
    }
}
