package org.retrogistics.integration.mail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Customer e-mail settings (ADR 0030). E-mails are written and sent only when {@code spring.mail.host} is set; these
 * say how they are sent, from whom, and in which language a client writes by default.
 *
 * @param dispatch whether this instance sends e-mails (they are still written when false)
 * @param pollInterval how often the dispatcher looks for due e-mails
 * @param batchSize the most e-mails one look claims
 * @param backoff the cap of the wait before each retry, the last one repeating; the wait is random below it
 * @param maxAttempts attempts before an e-mail is DEAD
 * @param lease how long a claimed e-mail stays with its sender; past it another sender may take it
 * @param from the sender address, unless the client names its own
 * @param defaultLanguage the language of a client that names none
 * @param templates where the default templates and messages are: {@code <templates><kind>.html|.txt}, {@code
 *     <templates>layout.html} and {@code <templates>messages*.properties}
 * @param overrides where the clients' own are, one folder per client code, laid out as {@code templates}: any of them
 *     present there replaces the default for that client ({@code file:/etc/retrogistics/mail/} on a server)
 * @param clients per client code: its language, sender and reply-to address
 */
@ConfigurationProperties("retrogistics.integration.mail")
public record MailSettings(
        Boolean dispatch,
        Duration pollInterval,
        Integer batchSize,
        List<Duration> backoff,
        Integer maxAttempts,
        Duration lease,
        String from,
        String defaultLanguage,
        String templates,
        String overrides,
        Map<String, ClientMail> clients) {

    public MailSettings {
        dispatch = dispatch == null || dispatch;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        batchSize = batchSize == null ? 20 : batchSize;
        backoff = backoff == null || backoff.isEmpty()
                ? List.of(
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(10),
                        Duration.ofHours(1),
                        Duration.ofHours(6))
                : List.copyOf(backoff);
        maxAttempts = maxAttempts == null ? 10 : maxAttempts;
        lease = lease == null ? Duration.ofSeconds(120) : lease;
        from = from == null || from.isBlank() ? "Retrogistics <no-reply@localhost>" : from;
        defaultLanguage = defaultLanguage == null || defaultLanguage.isBlank() ? "en" : defaultLanguage;
        templates = templates == null || templates.isBlank() ? "classpath:/mail/" : withSlash(templates);
        overrides = overrides == null || overrides.isBlank() ? "classpath:/mail/clients/" : withSlash(overrides);
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    private static String withSlash(String location) {
        return location.endsWith("/") ? location : location + "/";
    }

    /** A client's own language, sender and reply-to address; any may be left out. */
    public record ClientMail(String language, String from, String replyTo) {}

    /** The client's entry, or an empty one. */
    ClientMail client(String code) {
        return clients.getOrDefault(code, new ClientMail(null, null, null));
    }
}
