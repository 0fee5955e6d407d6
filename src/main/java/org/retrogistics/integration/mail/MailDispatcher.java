package org.retrogistics.integration.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.retrogistics.integration.WebhookBackoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends due customer e-mails over SMTP. On a thread of its own (an SMTP server that hangs must not hold the
 * application's scheduler) it claims due e-mails and sends them one by one. A failed attempt (the server down,
 * timing out, answering 4xx) is retried after a jittered wait ({@link WebhookBackoff}, the webhooks' policy with the
 * e-mails' steps), and given up (DEAD) after the last attempt, or at once when the server refuses the address for
 * good. An address that unsubscribed after its e-mail was written is not sent to (SUPPRESSED). At least once: a
 * sender that dies between the server's acceptance and the record sends that e-mail again when its lease ends.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailStore store;
    private final JavaMailSender smtp;
    private final MailSettings settings;
    private final WebhookBackoff backoff;
    private final ScheduledExecutorService thread;

    MailDispatcher(MailStore store, JavaMailSender smtp, MailSettings settings) {
        this.store = store;
        this.smtp = smtp;
        this.settings = settings;
        this.backoff = new WebhookBackoff(settings.backoff(), settings.maxAttempts());
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "customer-mail-sender");
            t.setDaemon(true);
            return t;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (settings.dispatch()) {
            long every = settings.pollInterval().toMillis();
            thread.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.shutdown();
        // an e-mail still being sent comes back to the queue when its lease ends
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** One round: claim what is due and send it. */
    void poll() {
        try {
            List<MailStore.Claimed> claimed = store.claim(settings.batchSize(), settings.lease());
            claimed.forEach(this::deliver);
        } catch (RuntimeException e) {
            // a round that failed (the database away) is tried again at the next one
            log.warn("customer e-mail round failed: {}", e.toString());
        }
    }

    void deliver(MailStore.Claimed m) {
        if (store.unsubscribed(m.clientId(), m.recipient())) {
            store.suppressed(m.id());
            return;
        }
        int attempt = m.attempts() + 1;
        try {
            smtp.send(message(m));
            store.sent(m.id(), attempt);
            log.info("customer e-mail {} sent (attempt {})", m.id(), attempt);
        } catch (MailException | MessagingException e) {
            Duration retryIn = backoff.exhausted(attempt) || refusedForGood(e) ? null : backoff.delay(attempt);
            store.failed(m.id(), attempt, e.toString(), retryIn);
            log.warn(
                    "customer e-mail {} attempt {} failed: {}{}",
                    m.id(),
                    attempt,
                    e.getMessage(),
                    retryIn == null ? ", given up (DEAD)" : ", retry in " + retryIn.toMillis() + " ms");
        }
    }

    /**
     * Whether the server refused the recipient for good (a 5xx answer to RCPT: the address is invalid to it). A
     * server that is down, busy or answers 4xx is tried again.
     */
    static boolean refusedForGood(Exception e) {
        List<Exception> causes = new java.util.ArrayList<>();
        if (e instanceof MailSendException send) {
            causes.addAll(send.getFailedMessages().values());
        }
        causes.add(e);
        for (Exception c : causes) {
            for (Throwable t = c; t != null; t = t.getCause()) {
                if (t instanceof SendFailedException f
                        && f.getInvalidAddresses() != null
                        && f.getInvalidAddresses().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private MimeMessage message(MailStore.Claimed m) throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper h = new MimeMessageHelper(message, true, "UTF-8");
        h.setFrom(m.sender());
        h.setTo(m.recipient());
        if (m.replyTo() != null && !m.replyTo().isBlank()) {
            h.setReplyTo(m.replyTo());
        }
        h.setSubject(m.subject());
        h.setText(m.text(), m.html());
        // RFC 2369 and RFC 8058: a mail client's own unsubscribe button, one POST, no page to visit
        message.setHeader("List-Unsubscribe", "<" + m.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("X-Retrogistics-Mail-Id", m.id().toString());
        return message;
    }
}
