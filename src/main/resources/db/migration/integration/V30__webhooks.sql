-- Outbound webhooks (ADR 0027): a client's subscriptions, one delivery per event and subscription, and the log of
-- every attempt. The dispatcher claims due deliveries with "for update skip locked", so the index on due rows matters.
create schema if not exists integration;
set local search_path = integration, public;

create table webhook_subscription (
    id                  uuid primary key,
    client_id           uuid not null,
    url                 text not null,
    event_types         text[] not null,
    description         text,
    enabled             boolean not null default true,
    -- the Standard Webhooks secret, whsec_ + base64; the one before a rotation keeps signing until its expiry
    secret              text not null,
    previous_secret     text,
    previous_expires_at timestamptz,
    created_at          timestamptz not null,
    created_by          text not null,
    version             bigint not null default 0
);
create index webhook_subscription_client on webhook_subscription (client_id);

create table webhook_delivery (
    id              uuid primary key,
    subscription_id uuid not null references webhook_subscription (id) on delete cascade,
    client_id       uuid not null,
    -- the webhook-id header: the same across retries and replays, so that a receiver can deduplicate
    message_id      text not null,
    event_type      text not null,
    payload         text not null,
    status          text not null,
    attempts        int not null default 0,
    -- when it is due; a claimed delivery's is moved past the claim's lease, so a crashed sender's row comes back
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    last_status     int,
    last_error      text,
    replay_of       uuid
);
-- an event is written once per subscription, even when its listener runs again after a crash (replays are apart)
create unique index webhook_delivery_once on webhook_delivery (subscription_id, message_id) where replay_of is null;
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_subscription on webhook_delivery (subscription_id, created_at desc);

create table webhook_attempt (
    delivery_id uuid not null references webhook_delivery (id) on delete cascade,
    attempt     int not null,
    at          timestamptz not null,
    status_code int,
    error       text,
    duration_ms bigint not null,
    primary key (delivery_id, attempt)
);
