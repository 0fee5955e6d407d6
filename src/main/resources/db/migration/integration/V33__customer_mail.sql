-- Customer e-mails (ADR 0030): the outbox of status e-mails to shoppers, rendered when written, and the addresses that
-- unsubscribed from a client's e-mails. The dispatcher claims due rows with "for update skip locked".
set local search_path = integration, public;

create table customer_mail (
    id              uuid primary key,
    client_id       uuid not null,
    -- derived from the event (kind, subject, time): a listener that runs again writes no second e-mail
    mail_key        text not null,
    kind            text not null,
    recipient       text not null,
    language        text not null,
    sender          text not null,
    reply_to        text,
    subject         text not null,
    text_body       text not null,
    html_body       text not null,
    unsubscribe_url text not null,
    -- PENDING, SENT, DEAD (attempts used up), SUPPRESSED (the address unsubscribed before it left)
    status          text not null,
    attempts        int not null default 0,
    -- when it is due; a claimed e-mail's is moved past the claim's lease, so a crashed sender's row comes back
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    last_error      text
);
create unique index customer_mail_once on customer_mail (client_id, mail_key);
create index customer_mail_due on customer_mail (next_attempt_at) where status = 'PENDING';
create index customer_mail_recipient on customer_mail (client_id, lower(recipient));

create table customer_mail_unsubscribe (
    client_id       uuid not null,
    -- lower-cased
    email           text not null,
    unsubscribed_at timestamptz not null,
    via_mail        uuid,
    primary key (client_id, email)
);
