package org.retrogistics.integration.mail;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer e-mail outbox and the unsubscribed addresses, in SQL. An e-mail is written once per key (derived from
 * the event), so a listener that runs again writes nothing. The dispatcher claims due rows with {@code for update
 * skip locked} and moves them past a lease in the same statement, as the webhook deliveries are claimed (ADR 0027).
 */
@Repository
class MailStore {

    private final JdbcClient jdbc;

    MailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An e-mail as rendered, ready to be written. */
    record NewMail(
            UUID id,
            UUID clientId,
            String key,
            MailKind kind,
            String recipient,
            String language,
            Rendered content,
            String unsubscribeUrl) {}

    /** Writes the e-mail unless one with its key exists; answers whether it was written. */
    boolean enqueue(NewMail m) {
        return jdbc.sql(
                                """
                        insert into customer_mail (id, client_id, mail_key, kind, recipient, language, sender, reply_to,
                          subject, text_body, html_body, unsubscribe_url, status, next_attempt_at, created_at)
                        values (:id, :client, :key, :kind, :recipient, :language, :sender, :replyTo,
                          :subject, :text, :html, :unsubscribe, 'PENDING', now(), now())
                        on conflict (client_id, mail_key) do nothing
                        """)
                        .param("id", m.id())
                        .param("client", m.clientId())
                        .param("key", m.key())
                        .param("kind", m.kind().name())
                        .param("recipient", m.recipient())
                        .param("language", m.language())
                        .param("sender", m.content().from())
                        .param("replyTo", m.content().replyTo())
                        .param("subject", m.content().subject())
                        .param("text", m.content().text())
                        .param("html", m.content().html())
                        .param("unsubscribe", m.unsubscribeUrl())
                        .update()
                == 1;
    }

    /** A claimed e-mail with what sending it takes. */
    record Claimed(
            UUID id,
            UUID clientId,
            String recipient,
            String sender,
            String replyTo,
            String subject,
            String text,
            String html,
            String unsubscribeUrl,
            int attempts) {}

    @Transactional
    List<Claimed> claim(int limit, Duration lease) {
        return jdbc.sql(
                        """
                        with due as (
                          select id from customer_mail
                          where status = 'PENDING' and next_attempt_at <= now()
                          order by next_attempt_at
                          limit :limit
                          for update skip locked)
                        update customer_mail m set next_attempt_at = now() + make_interval(secs => :lease)
                        from due where m.id = due.id
                        returning m.id, m.client_id, m.recipient, m.sender, m.reply_to, m.subject, m.text_body,
                          m.html_body, m.unsubscribe_url, m.attempts
                        """)
                .param("limit", limit)
                .param("lease", lease.toMillis() / 1000.0)
                .query((rs, n) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("client_id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("sender"),
                        rs.getString("reply_to"),
                        rs.getString("subject"),
                        rs.getString("text_body"),
                        rs.getString("html_body"),
                        rs.getString("unsubscribe_url"),
                        rs.getInt("attempts")))
                .list();
    }

    void sent(UUID id, int attempt) {
        jdbc.sql(
                        """
                        update customer_mail set status = 'SENT', attempts = ?, sent_at = now(), last_error = null
                        where id = ?
                        """)
                .params(attempt, id)
                .update();
    }

    /** A failed attempt: due again after {@code retryIn}, or DEAD when it is null. */
    void failed(UUID id, int attempt, String error, Duration retryIn) {
        jdbc.sql(
                        """
                        update customer_mail set status = :status, attempts = :attempt, last_error = :error,
                          next_attempt_at = now() + make_interval(secs => :retry)
                        where id = :id
                        """)
                .param("status", retryIn == null ? "DEAD" : "PENDING")
                .param("attempt", attempt)
                .param("error", error)
                .param("retry", retryIn == null ? 0.0 : retryIn.toMillis() / 1000.0)
                .param("id", id)
                .update();
    }

    /** Not sent: the address unsubscribed after the e-mail was written. */
    void suppressed(UUID id) {
        jdbc.sql("update customer_mail set status = 'SUPPRESSED' where id = ?")
                .params(id)
                .update();
    }

    boolean unsubscribed(UUID clientId, String email) {
        return jdbc.sql("select exists (select 1 from customer_mail_unsubscribe where client_id = ? and email = ?)")
                .params(clientId, normalise(email))
                .query(Boolean.class)
                .single();
    }

    /** The client and address an e-mail went to, for its unsubscribe link. */
    record Recipient(UUID clientId, String email) {}

    Optional<Recipient> recipientOf(UUID mailId) {
        return jdbc.sql("select client_id, recipient from customer_mail where id = ?")
                .params(mailId)
                .query((rs, n) -> new Recipient(rs.getObject("client_id", UUID.class), rs.getString("recipient")))
                .optional();
    }

    /** Records the address as unsubscribed for the client (again: nothing changes) and stops its pending e-mails. */
    @Transactional
    void unsubscribe(Recipient r, UUID viaMail) {
        jdbc.sql(
                        """
                        insert into customer_mail_unsubscribe (client_id, email, unsubscribed_at, via_mail)
                        values (?, ?, now(), ?) on conflict do nothing
                        """)
                .params(r.clientId(), normalise(r.email()), viaMail)
                .update();
        jdbc.sql(
                        """
                        update customer_mail set status = 'SUPPRESSED'
                        where client_id = ? and lower(recipient) = ? and status = 'PENDING'
                        """)
                .params(r.clientId(), normalise(r.email()))
                .update();
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
