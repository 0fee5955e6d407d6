-- Idempotency keys, scoped to the client, the principal (a user, or one API token), the method and the path, and
-- written in the same transaction as the request's effect: a row exists only for an answer that was final (2xx or a
-- deterministic 4xx), so there is no "claimed but unfinished" state to take over after a crash. A request in flight
-- holds a transaction-level advisory lock on its key instead. The rows of the first scheme are dropped: they were
-- scoped to the client only, and some held secrets in clear (the answer of POST /api/tokens).
drop table idempotency_record;

create table idempotency_record (
    client_id     uuid not null,
    principal     text not null,
    method        text not null,
    path          text not null,
    idem_key      text not null,
    request_hash  text not null,
    status        integer not null check (status between 200 and 499),
    content_type  text,
    location      text,
    etag          text,
    body          bytea,
    -- the answer held a secret shown once: what is kept is a copy without it
    redacted      boolean not null default false,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    primary key (client_id, principal, method, path, idem_key)
);
create index idempotency_record_expiry on idempotency_record (expires_at);
