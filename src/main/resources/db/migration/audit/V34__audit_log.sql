-- The audit trail (ADR 0031): one append-only log of every state change, override, sign-in, access change and export,
-- with who, what, when, why and the request it came from. Rows are written in the transaction of the change they
-- describe; the table refuses updates and deletes, whoever asks (as access_audit and custody_event do).
create schema if not exists audit;
set local search_path = audit, public;

create table audit_event (
    id          bigserial primary key,
    at          timestamptz not null default clock_timestamp(),
    client_id   uuid not null,
    -- STATE_CHANGE, OVERRIDE, SIGN_IN, ACCESS, EXPORT
    category    text not null,
    -- the event's name: ReturnAuthorized, TOKEN_ISSUED, SIGNED_IN, AUDIT_EXPORTED ...
    type        text not null,
    actor       text not null,
    -- what the change was made to: a return's RMA, a unit, a user or token name
    subject     text,
    reason      text,
    request_id  text,
    detail      text
);
create index audit_event_client_at on audit_event (client_id, at desc, id desc);
create index audit_event_client_actor on audit_event (client_id, actor, at desc);
create index audit_event_client_type on audit_event (client_id, type, at desc);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'P0001';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
-- truncate bypasses row triggers: refuse it too
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
