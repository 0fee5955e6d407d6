package org.retrogistics.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class MailDispatcherTest {

    private static final Address[] NONE = new Address[0];

    @Test
    void aRecipientTheServerRefusesIsGivenUpAtOnceAndAnOutageIsRetried() throws Exception {
        Address[] shopper = {new InternetAddress("shopper@example.com")};
        // a 5xx answer to RCPT: the address is in the invalid ones
        MailSendException refused = new MailSendException(
                Map.of(new Object(), new SendFailedException("550 no such user", null, NONE, NONE, shopper)));
        // a 4xx answer: valid but not sent, to be tried again
        MailSendException later = new MailSendException(
                Map.of(new Object(), new SendFailedException("451 try later", null, NONE, shopper, NONE)));
        MailSendException down = new MailSendException(
                "Mail server connection failed", new MessagingException("refused", new ConnectException("refused")));

        assertThat(MailDispatcher.refusedForGood(refused)).isTrue();
        assertThat(MailDispatcher.refusedForGood(later)).isFalse();
        assertThat(MailDispatcher.refusedForGood(down)).isFalse();
        assertThat(MailDispatcher.refusedForGood(new SendFailedException("550", null, NONE, NONE, shopper)))
                .isTrue();
    }
}
