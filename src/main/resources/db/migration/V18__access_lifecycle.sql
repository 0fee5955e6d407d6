-- Tokens expire and remember their last use (written at most once a minute) and who issued them. Tokens issued before
-- expiry existed get the default lifetime from now on rather than stopping at once.
alter table api_token add column expires_at timestamptz;
alter table api_token add column last_used_at timestamptz;
alter table api_token add column created_by text;
update api_token set expires_at = greatest(created_at, now()) + interval '90 days' where expires_at is null;
alter table api_token alter column expires_at set not null;
create index api_token_client on api_token (client_id, created_at desc);

-- A one-time password reset link: only the SHA-256 of its secret is kept; it ends when used, replaced or expired.
create table password_reset (
    id           uuid primary key,
    client_id    uuid not null references client (id),
    user_id      uuid not null references app_user (id),
    secret_hash  text not null unique,
    created_at   timestamptz not null,
    created_by   text not null,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    version      bigint not null default 0
);
create index password_reset_user on password_reset (user_id) where used_at is null;

-- Every change to a client's users and tokens, with who did it and why. Append-only, like the custody ledger.
create table access_audit (
    id         bigserial primary key,
    at         timestamptz not null default now(),
    client_id  uuid not null references client (id),
    actor      text not null,
    action     text not null,
    subject    text not null,
    reason     text
);
create index access_audit_client on access_audit (client_id, id desc);

create function access_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_audit is append-only (% refused)', tg_op using errcode = 'P0001';
end;
$$;
create trigger access_audit_no_update before update or delete on access_audit
    for each row execute function access_audit_append_only();
