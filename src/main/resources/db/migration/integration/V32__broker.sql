-- Events to the message broker and status updates from it (ADR 0029).
set local search_path = integration, public;

-- The broker's outbox: one row per event, written by the event's listener in its transaction; the publisher claims due
-- rows with "for update skip locked" and marks one SENT only when the broker has confirmed it.
create table broker_message (
    id              uuid primary key,
    -- the AMQP message-id: derived from the payload, the same on every re-send, so that consumers can deduplicate
    message_id      text not null,
    client_id       uuid not null,
    event_type      text not null,
    payload         text not null,
    status          text not null,
    attempts        int not null default 0,
    -- when it is due; a claimed row's is moved past the claim's lease, so a crashed publisher's row comes back
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    last_error      text
);
-- a listener that runs again after a crash writes no second row
create unique index broker_message_once on broker_message (message_id);
create index broker_message_due on broker_message (next_attempt_at) where status = 'PENDING';
create index broker_message_sent on broker_message (sent_at) where status = 'SENT';

-- Inbound status updates (WMS, TMS), by the sender's message id: a second message with the same id has no effect and
-- gets the first one's outcome.
create table inbound_message (
    client_id   uuid not null,
    message_id  text not null,
    channel     text not null,
    status      text not null,
    reference   text not null,
    outcome     text not null,
    detail      text,
    received_at timestamptz not null,
    primary key (client_id, message_id)
);
